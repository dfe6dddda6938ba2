import type { CellBlock } from './cell-blocks.ts';

export interface Row {
  center: number;
  page: number;
  /** The rest of a row broken by the page, to be added to that row. */
  broken?: boolean;
}

/** Rows [first, last] a cell covers. */
export type Span = [number, number];

/** How far (in font sizes) a cell's centre may be from a row's to stand in that row. */
const IN_ROW = 0.6;

/**
 * Where a column's cells go. A column with fewer cells than rows whose cells tile the rows,
 * each centred on the run it covers, holds merged cells (category labels centred over their
 * groups) — when that is visible: a label between two rows, or none on the first data row.
 * Otherwise each cell stands in the row at its height (two stacked header lines share a row).
 */
export function placeColumn(rows: readonly Row[], blocks: readonly CellBlock[]): Span[] {
  const tiles = blocks.length < rows.length ? tile(rows, blocks) : null;
  if (tiles && centred(rows, blocks)) return tiles;
  return blocks.map((block) => {
    const row = nearest(rows, block, 0);
    return [row, row];
  });
}

function tile(rows: readonly Row[], blocks: readonly CellBlock[]): Span[] | null {
  const spans: Span[] = [];
  let free = 0;
  for (const block of blocks) {
    const top = rows[free];
    if (!top || top.page !== block.page) return null;
    let best = -1;
    let error = Infinity;
    for (let end = free; end < rows.length && rows[end]?.page === block.page; end++) {
      const e = Math.abs((top.center + (rows[end]?.center ?? 0)) / 2 - block.center);
      if (e < error) [best, error] = [end, e];
    }
    if (best < 0 || error > IN_ROW * block.size) return null;
    spans.push([free, best]);
    free = best + 1;
  }
  return free === rows.length ? spans : null;
}

function centred(rows: readonly Row[], blocks: readonly CellBlock[]): boolean {
  const between = blocks.some((b) =>
    rows.every((r) => r.page !== b.page || Math.abs(r.center - b.center) > IN_ROW * b.size),
  );
  // labels on rows, the first row under the header labelled too: top-aligned labels, no merge
  const labelled = new Set(blocks.map((b) => nearest(rows, b, 0)));
  return between || !labelled.has(labelled.has(0) ? 1 : 0);
}

export function nearest(rows: readonly Row[], block: CellBlock, from: number): number {
  let best = Math.min(from, rows.length - 1);
  for (let r = from; r < rows.length; r++) if (distance(rows[r], block) < distance(rows[best], block)) best = r;
  return best;
}

function distance(row: Row | undefined, block: CellBlock): number {
  if (!row) return Infinity;
  return row.page === block.page ? Math.abs(row.center - block.center) : Infinity;
}

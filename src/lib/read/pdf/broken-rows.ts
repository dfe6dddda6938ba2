import type { CellBlock } from './cell-blocks.ts';
import type { Row } from './row-placement.ts';

/**
 * A row broken by the page leaves the rest of its cells at the top of the next page: above
 * that page's first row, or just under a repeated header, where they stand level with no row
 * and their column already has a cell in the row next to them. Each such rest gets a row of
 * its own, flagged `broken`. Above the table's first row only when the table is continued.
 */
export function withBrokenRows(
  rows: readonly Row[],
  blocks: readonly CellBlock[],
  key: number,
  continued: boolean,
): Row[] {
  const out: Row[] = [];
  rows.forEach((row, i) => {
    const pageStart = i > 0 ? rows[i - 1]!.page !== row.page : continued;
    const below = rows[i + 1]?.page === row.page ? rows[i + 1] : undefined;
    if (pageStart) {
      const rest = blocks.filter((b) => b.col !== key && b.page === row.page && b.center > row.center + b.size);
      if (rest.length > 0) out.push({ center: Math.max(...rest.map((b) => b.center)), page: row.page, broken: true });
    }
    out.push(row);
    const firstOfPage = i === 0 || rows[i - 1]!.page !== row.page;
    if (firstOfPage && below) {
      const rest = blocks.filter((b) => b.col !== key && stray(b, row, below, blocks));
      if (rest.length > 0) out.push({ center: Math.max(...rest.map((b) => b.center)), page: row.page, broken: true });
    }
  });
  return out;
}

/** A cell between two rows, level with neither, whose column has a cell in each of them. */
function stray(b: CellBlock, above: Row, below: Row, blocks: readonly CellBlock[]): boolean {
  if (b.page !== above.page || b.center >= above.center - 0.6 * b.size || b.center <= below.center + 0.6 * b.size)
    return false;
  const level = (row: Row): boolean =>
    blocks.some(
      (o) => o !== b && o.col === b.col && o.page === row.page && Math.abs(o.center - row.center) <= 0.6 * o.size,
    );
  return level(above) && level(below);
}

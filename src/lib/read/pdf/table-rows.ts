import type { CellBlock } from './cell-blocks.ts';
import type { Column } from './columns.ts';
import type { PdfCell, PdfTable } from './types.ts';

interface Row {
  center: number;
  page: number;
}

/**
 * Rows by y. The column with the most cells (the leftmost of equals) sets the rows; every
 * other cell goes to the row at its height. A cell standing between rows is a merged cell
 * centred over the rows it covers (a category label spanning its group), so it covers the run
 * of rows whose middle is its centre, and each covered position repeats it, flagged merged.
 */
export function buildTable(blocks: readonly CellBlock[], columns: readonly Column[]): PdfTable {
  const key = keyColumn(blocks, columns.length);
  const rows: Row[] = blocks.filter((b) => b.col === key).map((b) => ({ center: b.center, page: b.page }));
  const grid: PdfCell[][] = rows.map(() => columns.map(() => ({ text: '' })));
  for (let col = 0; col < columns.length; col++) {
    let free = 0;
    for (const block of blocks.filter((b) => b.col === col)) {
      const [first, last] = col === key ? nearestRow(rows, block, 0) : placeRows(rows, block, free);
      for (let r = first; r <= last; r++) {
        for (let c = col; c < Math.min(col + block.span, columns.length); c++) {
          const cell = grid[r]?.[c];
          if (!cell) continue;
          const merged = r > first ? 'row' : c > col ? 'col' : undefined;
          cell.text = cell.text && !merged ? `${cell.text} ${block.text}` : block.text;
          if (merged) cell.merged = merged;
        }
      }
      free = last + 1;
    }
  }
  return { rows: grid, rowPages: rows.map((r) => r.page), columns: [...columns] };
}

function keyColumn(blocks: readonly CellBlock[], count: number): number {
  const per = Array.from({ length: count }, (_, col) => blocks.filter((b) => b.col === col && b.span === 1).length);
  return per.indexOf(Math.max(...per));
}

function nearestRow(rows: readonly Row[], block: CellBlock, from: number): [number, number] {
  let best = Math.min(from, rows.length - 1);
  for (let r = from; r < rows.length; r++) {
    if (distance(rows[r], block) < distance(rows[best], block)) best = r;
  }
  return [best, best];
}

function placeRows(rows: readonly Row[], block: CellBlock, free: number): [number, number] {
  const from = Math.min(free, rows.length - 1);
  const [near] = nearestRow(rows, block, from);
  if (distance(rows[near], block) <= 0.6 * block.size) return [near, near];
  let best: [number, number] = [near, near];
  let error = Infinity;
  for (let i = from; i < rows.length; i++) {
    const top = rows[i];
    if (!top || top.page !== block.page || top.center < block.center) break;
    for (let j = i + 1; j < rows.length; j++) {
      const bottom = rows[j];
      if (!bottom || bottom.page !== block.page) break;
      const e = Math.abs((top.center + bottom.center) / 2 - block.center);
      if (e < error) [best, error] = [[i, j], e];
    }
  }
  return error <= block.size ? best : [near, near];
}

function distance(row: Row | undefined, block: CellBlock): number {
  if (!row) return Infinity;
  return row.page === block.page ? Math.abs(row.center - block.center) : Infinity;
}

import type { CellBlock } from './cell-blocks.ts';
import type { Column } from './columns.ts';
import { withBrokenRows } from './broken-rows.ts';
import { finishRow } from './finish-row.ts';
import { nearest, placeColumn, type Row } from './row-placement.ts';
import type { PdfCell, PdfTable } from './types.ts';

/**
 * Rows by y: the column with the most cells (the leftmost of equals) sets the rows and every
 * other cell goes where `placeColumn` puts it. A position covered by a merged cell repeats it,
 * flagged; a cell of its own written where a spanning header already stands follows it
 * ("目标值 2025年"). `continued`: the table goes on from the page before.
 */
export function buildTable(blocks: readonly CellBlock[], columns: readonly Column[], continued = false): PdfTable {
  const key = keyColumn(blocks, columns.length);
  const keyRows: Row[] = blocks.filter((b) => b.col === key).map((b) => ({ center: b.center, page: b.page }));
  const rows = withBrokenRows(keyRows, blocks, key, continued);
  const grid: PdfCell[][] = rows.map(() => columns.map(() => ({ text: '' })));
  for (let col = 0; col < columns.length; col++) {
    const own = blocks.filter((b) => b.col === col);
    const spans =
      col === key
        ? own.map((b): [number, number] => [nearest(rows, b, 0), nearest(rows, b, 0)])
        : placeColumn(rows, own);
    own.forEach((block, i) => {
      const [first, last] = spans[i] ?? [0, 0];
      for (let r = first; r <= last; r++) {
        for (let c = col; c < Math.min(col + block.span, columns.length); c++) {
          const cell = grid[r]?.[c];
          if (!cell) continue;
          const merged = r > first ? 'row' : c > col ? 'col' : undefined;
          if (merged && cell.text === '') grid[r]![c] = { text: block.text, merged };
          else if (!merged) grid[r]![c] = { text: cell.text ? `${cell.text} ${block.text}` : block.text };
        }
      }
    });
  }
  // the rest of a row broken by a page inside this table completes the row above it
  for (let r = rows.length - 1; r > 0; r--) {
    if (!rows[r]?.broken || rows[r - 1]?.page === rows[r]?.page) continue;
    finishRow(grid.slice(0, r), grid[r] ?? []);
    grid.splice(r, 1);
    rows.splice(r, 1);
  }
  return { rows: grid, rowPages: rows.map((r) => r.page), columns: [...columns], key };
}

/**
 * The column that sets the rows: the one with the most cells standing level with cells of other
 * columns (a straggler — the rest of a row broken by the page — stands level with few), the
 * leftmost of equals.
 */
function keyColumn(blocks: readonly CellBlock[], count: number): number {
  const others = Math.min(2, count - 1);
  const level = (b: CellBlock): boolean =>
    new Set(
      blocks
        .filter((o) => o.col !== b.col && o.page === b.page && Math.abs(o.center - b.center) <= 0.6 * b.size)
        .map((o) => o.col),
    ).size >= others;
  const per = Array.from(
    { length: count },
    (_, col) => blocks.filter((b) => b.col === col && b.span === 1 && level(b)).length,
  );
  return per.indexOf(Math.max(...per));
}

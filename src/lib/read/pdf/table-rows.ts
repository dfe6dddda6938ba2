import type { CellBlock } from './cell-blocks.ts';
import type { Column } from './columns.ts';
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
  const rows: Row[] = blocks.filter((b) => b.col === key).map((b) => ({ center: b.center, page: b.page }));
  // a table continued from the page before may open with the rest of a row broken by the page
  const top = rows[0];
  const rest = top ? blocks.filter((b) => b.page === top.page && b.center > top.center + b.size) : [];
  if (continued && top && rest.length > 0)
    rows.unshift({ center: Math.max(...rest.map((b) => b.center)), page: top.page });
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
  return { rows: grid, rowPages: rows.map((r) => r.page), columns: [...columns], key };
}

function keyColumn(blocks: readonly CellBlock[], count: number): number {
  const per = Array.from({ length: count }, (_, col) => blocks.filter((b) => b.col === col && b.span === 1).length);
  return per.indexOf(Math.max(...per));
}

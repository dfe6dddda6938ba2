import type { Matrix, MatrixCell } from './table-html.ts';

const textOf = (c: MatrixCell) => (typeof c === 'string' ? c : c.text);

/**
 * A copied table as the rows of a spreadsheet: the last header row names the columns; a group
 * row (one cell spanning the table) becomes a row with its text in the first column; a cell
 * that is one link keeps its address in a column after it would lose it, so links are written
 * as text after the cell text.
 */
export function matrixRows(m: Matrix): { headers: string[]; rows: string[][] } {
  const headers = (m.head.at(-1) ?? []).map(textOf);
  const rows = m.body.map((row) =>
    row.map((c) => (typeof c !== 'string' && c.href ? `${c.text}（${c.href}）` : textOf(c))),
  );
  return { headers, rows: [...rows, [], [m.source]] };
}

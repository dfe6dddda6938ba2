import { cellText } from '../derived/join.ts';
import type { Grid, GridCell } from '../types.ts';
import type { TextWriter } from './text-writer.ts';
import type { PdfTable } from './types.ts';

/**
 * Writes a table as one line per row in the pipe form every reader uses ("| 指标 | 目标 |"), a
 * merged position as an empty cell; the grid's merged positions repeat their origin's text and
 * offsets.
 */
export function writeTable(out: TextWriter, table: PdfTable): Grid {
  const start = out.text.length;
  const rows: GridCell[][] = [];
  table.rows.forEach((row, r) => {
    const page = table.rowPages[r] ?? out.page;
    const cells: GridCell[] = [];
    out.write('| ', page);
    row.forEach((cell, c) => {
      if (c > 0) out.write(' | ', page);
      const origin = cell.merged === 'row' ? rows[r - 1]?.[c] : cell.merged === 'col' ? cells[c - 1] : undefined;
      if (cell.merged && origin) {
        cells.push({ text: origin.text, start: origin.start, end: origin.end, merged: cell.merged });
        return;
      }
      const text = cellText(cell.text);
      cells.push({ text, start: out.text.length, end: out.text.length + text.length });
      out.write(text, page);
    });
    out.write(' |', page);
    rows.push(cells);
    if (r < table.rows.length - 1) out.write('\n', page);
  });
  return { start, end: out.text.length, rows, origin: 'pdf' };
}

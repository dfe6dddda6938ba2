import { type Slot, writePipeRows } from '../derived/pipe-rows.ts';
import type { Grid } from '../types.ts';
import type { TextWriter } from './text-writer.ts';
import type { PdfTable } from './types.ts';

/**
 * Writes a table in the pipe form every reader uses, each piece on the page its row was
 * printed on; a merged position with nothing to continue (a first row or column) keeps its text.
 */
export function writeTable(out: TextWriter, table: PdfTable): Grid {
  const start = out.text.length;
  const slots = table.rows.map((row, r) =>
    row.map((cell, c): Slot => {
      if (cell.merged === 'row' && r > 0) return { merged: 'row', from: [r - 1, c] };
      if (cell.merged === 'col' && c > 0) return { merged: 'col', from: [r, c - 1] };
      return { text: cell.text };
    }),
  );
  const rows = writePipeRows(slots, {
    write: (text, r) => out.write(text, table.rowPages[r] ?? out.page),
    at: () => out.text.length,
  });
  return { start, end: out.text.length, rows, origin: 'pdf' };
}

import type { GridCell } from '../types.ts';
import { cellText } from './join.ts';

/** One position of a table as laid out: its own cell, or covered by the cell above or to the left. */
export type Slot = { text: string } | { merged: 'row' | 'col'; from: readonly [number, number] };

/** Where rows are written: `write` appends (the row says which row a piece belongs to), `at` is the length so far. */
export interface RowSink {
  write(text: string, row: number): void;
  at(): number;
}

/**
 * Writes table rows in Markdown's pipe form ("| 指标 | 单位 | 目标 |"), one line per row, a
 * merged position left empty, and returns the grid's cells with their offsets; a merged
 * position repeats its origin cell's text and offsets. Every reader of a structured file
 * writes its tables through here, so their derived texts read alike.
 */
export function writePipeRows(slots: readonly (readonly Slot[])[], sink: RowSink): GridCell[][] {
  const width = Math.max(0, ...slots.map((r) => r.length));
  const rows: GridCell[][] = [];
  slots.forEach((slotRow, r) => {
    if (r > 0) sink.write('\n', r - 1);
    sink.write('| ', r);
    const row: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      if (c > 0) sink.write(' | ', r);
      const slot = slotRow[c] ?? { text: '' };
      if ('text' in slot) {
        const start = sink.at();
        const text = cellText(slot.text);
        sink.write(text, r);
        row.push({ text, start, end: sink.at() });
      } else {
        const source = rows[slot.from[0]]?.[slot.from[1]] ?? row[slot.from[1]];
        const base = source ?? { text: '', start: sink.at(), end: sink.at() };
        row.push({ text: base.text, start: base.start, end: base.end, merged: slot.merged });
      }
    }
    sink.write(' |', r);
    rows.push(row);
  });
  return rows;
}

import type { Grid, GridCell } from '../../../src/lib/read/types.ts';

/**
 * A grid read from TAB-separated lines of `text` from `start` on, up to the first blank line,
 * each cell with its offsets in `text`. A cell written "^" continues the cell above and "<" the
 * cell to its left (merged positions), as readers of HTML and Word tables report them.
 */
export function tabGrid(text: string, start = 0): Grid {
  const rows: GridCell[][] = [];
  let at = start;
  while (at < text.length) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(at, lineEnd);
    if (line.trim() === '') break;
    const row: GridCell[] = [];
    let cellStart = at;
    for (const raw of line.split('\t')) {
      const cell: GridCell = { text: raw, start: cellStart, end: cellStart + raw.length };
      if (raw === '^') Object.assign(cell, { ...rows[rows.length - 1]![row.length]!, merged: 'row' });
      if (raw === '<') Object.assign(cell, { ...row[row.length - 1]!, merged: 'col' });
      row.push(cell);
      cellStart += raw.length + 1;
    }
    rows.push(row);
    at = lineEnd + 1;
  }
  return { start, end: Math.min(at, text.length), rows, origin: 'tab' };
}

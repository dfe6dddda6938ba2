import type { Grid, GridCell } from '../../../read/types.ts';
import { linesOf, rowBlocks, trimCell, type Line } from './lines.ts';

/** Cells of a TAB-separated line; empty cells are kept (a merged or blank cell). */
function tabCells(text: string, l: Line): GridCell[] {
  const cells: GridCell[] = [];
  let from = l.start;
  for (let i = l.start; i <= l.end; i++) {
    if (i === l.end || text[i] === '\t') {
      cells.push(trimCell(text, from, i));
      from = i + 1;
    }
  }
  return cells;
}

/**
 * TAB-separated blocks: lines with at least two filled cells (or one in three or more cells), as Word tables copied to text and
 * the derived text of HTML, .docx and PDF tables read.
 */
export function readTabGrids(text: string, limit: number): Grid[] {
  const lines = linesOf(text, limit);
  // a band row (a category across the table) is one filled cell with its merged positions empty
  const isRow = (l: Line) => {
    const cells = tabCells(text, l);
    const filled = cells.filter((c) => c.text !== '').length;
    return filled >= 2 || (filled === 1 && cells.length >= 3);
  };
  return rowBlocks(text, lines, isRow).map((block) => ({
    start: block[0]!.start,
    end: block[block.length - 1]!.end,
    rows: block.map((l) => tabCells(text, l)),
    origin: 'tab',
  }));
}

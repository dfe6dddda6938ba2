import type { Grid, GridCell } from '../../../read/types.ts';
import { linesOf, rowBlocks, trimCell, type Line } from './lines.ts';

/** Cell borders: ASCII and full-width pipes, box-drawing verticals. */
const PIPE = /[|｜│┃]/u;

/** Cells of a pipe line; the border pipes at either end open or close no cell. */
function pipeCells(text: string, l: Line): GridCell[] {
  const cells: GridCell[] = [];
  let from = l.start;
  for (let i = l.start; i <= l.end; i++) {
    if (i === l.end || PIPE.test(text[i]!)) {
      cells.push(trimCell(text, from, i));
      from = i + 1;
    }
  }
  const line = text.slice(l.start, l.end);
  if (cells.length > 1 && cells[0]!.text === '' && /^\s*[|｜│┃]/u.test(line)) cells.shift();
  if (cells.length > 1 && cells[cells.length - 1]!.text === '' && /[|｜│┃]\s*$/u.test(line)) cells.pop();
  return cells;
}

const isDelimiter = (s: string) => /^[\s|｜│┃:：\-—─━┼┿╋+]+$/u.test(s) && /[-─━]/u.test(s);

/**
 * Pipe tables in plain text (web pages copied as text): lines with two or more pipes. Markdown
 * files are not read here: their tables come from the Markdown parser.
 */
export function readPipeTextGrids(text: string, limit: number): Grid[] {
  const lines = linesOf(text, limit);
  const isRow = (l: Line) => (text.slice(l.start, l.end).match(/[|｜│┃]/gu)?.length ?? 0) >= 2;
  return rowBlocks(text, lines, isRow).map((block) => ({
    start: block[0]!.start,
    end: block[block.length - 1]!.end,
    rows: block.filter((l) => !isDelimiter(text.slice(l.start, l.end))).map((l) => pipeCells(text, l)),
    origin: 'pipe',
  }));
}

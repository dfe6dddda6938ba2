import type { Grid, GridCell } from '../../../read/types.ts';
import type { Rules } from '../../rules/types.ts';
import { linesOf, rowBlocks, type Line } from './lines.ts';
import { joinSpacedHeader, type Placed } from './spaced-header.ts';

/** Display width: CJK and full-width characters take two columns in a printed layout. */
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffdc]/u.test(ch) && ch !== '\u00a0' ? 2 : 1), 0);

/** Cells of a line split at runs of two or more spaces (ASCII, NBSP or ideographic). */
function spacedCells(text: string, l: Line): Placed[] {
  const line = text.slice(l.start, l.end);
  const out: Placed[] = [];
  const re = /\S+(?:[ \u00a0\u3000]\S+)*/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const start = l.start + m.index;
    out.push({ cell: { text: m[0], start, end: start + m[0].length }, x: width(line.slice(0, m.index)) });
  }
  return out;
}

/** The header column a cell starting at display column x falls under. */
const columnAt = (header: readonly Placed[], x: number) => {
  let k = 0;
  for (let j = 0; j < header.length; j++) if (header[j]!.x <= x + 1) k = j;
  return k;
};

/**
 * Space-aligned blocks (OCR of ruled tables): three or more cells per line separated by runs of
 * spaces. A row with fewer cells than the header places them by display column, so a blank
 * category leaves its cell empty; a line holding one cell under the name column continues the
 * name of the row above (a long name wrapped in its cell). A header spaced letter by letter is joined.
 */
export function readSpacedGrids(text: string, limit: number, rules: Rules): Grid[] {
  const lines = linesOf(text, limit);
  const cellsOf = new Map(lines.map((l) => [l, spacedCells(text, l)] as const));
  const isRow = (l: Line) => cellsOf.get(l)!.length >= 3;
  const grids: Grid[] = [];
  for (const block of rowBlocks(text, lines, isRow)) {
    const first = lines.indexOf(block[0]!);
    const last = lines.indexOf(block[block.length - 1]!);
    // the lines between the block's rows, and the one after it, may continue a wrapped cell
    const header = joinSpacedHeader(text, cellsOf.get(block[0]!)!, rules);
    const rows: GridCell[][] = [header.map((p) => p.cell)];
    for (const l of lines.slice(first + 1, last + 2)) {
      const placed = cellsOf.get(l)!;
      if (isRow(l)) {
        rows.push(placeRow(placed, header));
        continue;
      }
      const above = rows[rows.length - 1]!;
      const k = placed.length === 1 && rows.length > 1 ? columnAt(header, placed[0]!.x) : -1;
      // only the widest column wraps (the names); a page number, a note or a heading is no continuation
      if (k !== widest(rows) || !continues(placed[0]!.cell.text)) continue;
      const into = above[k];
      if (into && into.text !== '')
        above[k] = { text: into.text + placed[0]!.cell.text, start: into.start, end: placed[0]!.cell.end };
    }
    const end = rows.flat().reduce((e, c) => Math.max(e, c.end), block[0]!.end);
    grids.push({ start: block[0]!.start, end, rows, origin: 'spaces' });
  }
  return grids;
}

const continues = (t: string) =>
  /\p{L}/u.test(t) &&
  !/[。；;]/u.test(t) &&
  !/^(?:注|第\S+[章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/u.test(t);

/** Index of the column with the longest texts. */
function widest(rows: readonly GridCell[][]): number {
  const total: number[] = [];
  for (const row of rows.slice(1)) row.forEach((c, k) => (total[k] = (total[k] ?? 0) + c.text.length));
  return total.indexOf(Math.max(...total.map((n) => n ?? 0)));
}

function placeRow(placed: readonly Placed[], header: readonly Placed[]): GridCell[] {
  if (placed.length >= header.length) return placed.map((p) => p.cell);
  const row: GridCell[] = header.map(() => ({ text: '', start: placed[0]!.cell.start, end: placed[0]!.cell.start }));
  let next = 0;
  for (const p of placed) {
    const k = Math.max(next, columnAt(header, p.x));
    if (k < row.length) row[k] = p.cell;
    next = k + 1;
  }
  return row;
}

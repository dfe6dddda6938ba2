import type { GridCell } from '../../../read/types.ts';
import type { Line } from './lines.ts';
import type { Placed } from './spaced-header.ts';

/** Display width: CJK and full-width characters take two columns in a printed layout. */
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffdc]/u.test(ch) ? 2 : 1), 0);

/** Cells of a line split at runs of two or more spaces (ASCII, NBSP or ideographic) or a TAB. */
export function spacedCells(text: string, l: Line): Placed[] {
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

/** A row's cells under the header's columns; a row with fewer cells is placed by display column. */
export function placeRow(placed: readonly Placed[], header: readonly Placed[]): Placed[] {
  if (placed.length >= header.length) return [...placed];
  const at = placed[0]!.cell.start;
  const row: Placed[] = header.map(() => ({ cell: { text: '', start: at, end: at }, x: -1 }));
  let next = 0;
  for (const p of placed) {
    const k = Math.max(next, columnAt(header, p.x));
    if (k < row.length) row[k] = p;
    next = k + 1;
  }
  return row;
}

const continues = (t: string) =>
  /\p{L}/u.test(t) &&
  !/[。；;]/u.test(t) &&
  !/^(?:注|第\S+[章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])/u.test(t);

/**
 * Appends a line's cells to the row above when each starts where a filled cell of that row
 * starts (text wrapped inside its ruled cell); a centred page number or running header does not
 * line up, and notes, headings and sentences never continue a cell. The joined cell's text is its
 * parts without the line break; its span runs from the first part to the last. False when it does not fit.
 */
export function continueRow(above: Placed[], line: readonly Placed[]): boolean {
  const into = line.map((p) => above.findIndex((a) => a.cell.text !== '' && Math.abs(a.x - p.x) <= 2));
  if (into.some((k) => k < 0) || !line.every((p) => continues(p.cell.text))) return false;
  line.forEach((p, i) => {
    const a = above[into[i]!]!;
    const cell: GridCell = { text: a.cell.text + p.cell.text, start: a.cell.start, end: p.cell.end };
    above[into[i]!] = { cell, x: a.x };
  });
  return true;
}

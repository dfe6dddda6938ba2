import type { GridCell } from '../../../read/types.ts';

export interface Line {
  start: number;
  /** End of the line's text, before "\r\n" or "\n". */
  end: number;
}

const SPACE = /[\s\u00a0\u2002\u2003\u3000]/u;

/** The lines of text[0, limit), CRLF or LF. */
export function linesOf(text: string, limit: number): Line[] {
  const lines: Line[] = [];
  for (let at = 0; at < limit;) {
    let next = text.indexOf('\n', at);
    if (next < 0 || next > limit) next = limit;
    const end = next > at && text[next - 1] === '\r' ? next - 1 : next;
    lines.push({ start: at, end });
    at = next + 1;
  }
  return lines;
}

/** text[start, end) without surrounding white space, as a cell; an empty cell sits at `start`. */
export function trimCell(text: string, start: number, end: number): GridCell {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  return { text: text.slice(s, e), start: s, end: e };
}

/** A short line that is no sentence, or a ruled border ("+----+----+", "├──┼──┤"), may sit between rows. */
export const isGapLine = (text: string, l: Line): boolean => {
  const t = text.slice(l.start, l.end).trim();
  return t !== '' && ((t.length <= 30 && !/[。；]/u.test(t)) || /^[\s+\-=─━┄┈┼┬┴├┤┌┐└┘╋|│]+$/u.test(t));
};

/**
 * Groups consecutive lines that `isRow` accepts into blocks of at least two rows. Up to `most`
 * lines that are not rows but may sit between them (`isGap`: a page number, a running header,
 * "续表", a wrapped cell) may interrupt a block when a row follows; a blank line or a sentence
 * ends it, so tables set apart by blank lines stay apart.
 */
export function rowBlocks(
  text: string,
  lines: readonly Line[],
  isRow: (l: Line) => boolean,
  isGap: (l: Line) => boolean = (l) => isGapLine(text, l),
  most = 2,
): Line[][] {
  const blocks: Line[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(lines[i]!)) continue;
    const block: Line[] = [];
    let j = i;
    while (j < lines.length) {
      if (isRow(lines[j]!)) {
        block.push(lines[j++]!);
        continue;
      }
      let k = j;
      while (k < lines.length && k - j < most && !isRow(lines[k]!) && isGap(lines[k]!)) k++;
      if (k === j || k >= lines.length || !isRow(lines[k]!)) break;
      j = k;
    }
    if (block.length >= 2) blocks.push(block);
    i = j;
  }
  return blocks;
}

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
const isGap = (text: string, l: Line) => {
  const t = text.slice(l.start, l.end).trim();
  return t !== '' && ((t.length <= 30 && !/[。；]/u.test(t)) || /^[\s+\-=─━┄┈┼┬┴├┤┌┐└┘╋|│]+$/u.test(t));
};

/**
 * Groups consecutive lines that `isRow` accepts into blocks of at least two rows. One or two short
 * lines that are not rows (a page number, a running header, "续表") may interrupt a block when rows
 * follow them; a blank line or a sentence ends it, so tables set apart by blank lines stay apart.
 */
export function rowBlocks(text: string, lines: readonly Line[], isRow: (l: Line) => boolean): Line[][] {
  const blocks: Line[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(lines[i]!)) continue;
    const block: Line[] = [];
    let j = i;
    while (j < lines.length) {
      if (isRow(lines[j]!)) block.push(lines[j++]!);
      else if (isGap(text, lines[j]!) && lines[j + 1] && isRow(lines[j + 1]!)) j++;
      else if (
        isGap(text, lines[j]!) &&
        lines[j + 1] &&
        isGap(text, lines[j + 1]!) &&
        lines[j + 2] &&
        isRow(lines[j + 2]!)
      )
        j += 2;
      else break;
    }
    if (block.length >= 2) blocks.push(block);
    i = j;
  }
  return blocks;
}

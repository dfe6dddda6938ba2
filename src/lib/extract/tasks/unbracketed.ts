import type { ResponsibilityWords } from '../rules/types.ts';
import { labelAt } from './labels.ts';

const INDENT = /[ \t\u00a0\u2002\u3000]/u;
/** Shortest line taken for one the printed width broke, not a line of its own. */
const WRAPPED_LINE = 18;

/** Past the indentation and any Markdown emphasis opening a line ("**牵头单位**："). */
function skipIndent(text: string, at: number): number {
  while (at < text.length && (INDENT.test(text[at]!) || text[at] === '*' || text[at] === '_')) at++;
  return at;
}

/**
 * Start of an unbracketed labelled list whose last label is at `at`: earlier labels of the same
 * sentence ("牵头单位：X 配合单位：A") or of the lines right above ("牵头单位：X" over
 * "配合单位：A、B", as re-posts set them) belong to it.
 */
export function listStart(text: string, at: number, from: number, words: ResponsibilityWords): number {
  let start = at;
  for (;;) {
    const lineBegin = text.lastIndexOf('\n', start - 1) + 1;
    let prev = -1;
    if (lineBegin > from && skipIndent(text, lineBegin) === start) {
      // the nearest line above with text (a Markdown copy puts a blank line between the two)
      let aboveEnd = lineBegin - 1;
      while (aboveEnd > from && /\s/u.test(text[aboveEnd - 1]!)) aboveEnd--;
      const above = skipIndent(text, Math.max(from, text.lastIndexOf('\n', aboveEnd - 1) + 1));
      if (above < aboveEnd && labelAt(text, above, words)) prev = above;
    }
    if (prev < 0) {
      const sentence = Math.max(from, lineBegin, text.lastIndexOf('。', start - 1) + 1);
      for (let i = start - 1; i >= sentence && prev < 0; i--) if (labelAt(text, i, words)) prev = i;
    }
    if (prev < 0) return start;
    start = prev;
  }
}

/**
 * End of an unbracketed list from its last label at `at`: the full stop, or the line break that
 * ends it. A line wrapped inside the list ("县发展" / "改革局，各乡镇人民政府。") goes on; a line
 * that is indented, blank, numbered or bracketed starts something else.
 */
export function listEnd(text: string, at: number, to: number, words: ResponsibilityWords): number {
  for (let i = at; i < to; i++) {
    const ch = text[i]!;
    if (ch === '。') return i;
    if (ch !== '\n') continue;
    const next = text.slice(i + 1, to);
    const line = next.split('\n', 1)[0]!;
    const opensOther =
      next === '' ||
      INDENT.test(next[0]!) ||
      /^[\r\n]|^[(（〔【［\d一二三四五六七八九十①-⑳•·●■◆▶►✅☑]/u.test(next) ||
      labelAt(text, i + 1, words) !== null;
    // a line of its own ("配合单位：A、B" over the body) is short; a line the page width broke is long
    const long = i - (text.lastIndexOf('\n', i - 1) + 1) >= WRAPPED_LINE;
    const wrapped = /[、，,]\s*$/u.test(text.slice(at, i)) || (long && line.length <= 40 && /[。，、,]/u.test(line));
    if (opensOther || !wrapped) return trimEnd(text, at, i);
  }
  return trimEnd(text, at, to);
}

function trimEnd(text: string, from: number, end: number): number {
  while (end > from && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

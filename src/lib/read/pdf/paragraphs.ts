import { joinPieces } from './join-text.ts';
import type { Metrics } from './metrics.ts';
import type { Line } from './types.ts';

const SENTENCE_END = /[。！？!?：:；;…]["”’」』）)]*$/u;
const CLOSED = /[。！？!?：:；;）)」』”]$/u;
/** A run a layout keeps whole at the start of a line: digits, Latin letters and what sticks to them. */
const UNBREAKABLE_START = /^[0-9A-Za-z.%‰~～\-—–、，,]+/u;
/** A line that opens a numbered item ("一、", "（一）", "1．", "(1)", "第一章") starts a paragraph. */
const OPENS_ITEM =
  /^(第[一二三四五六七八九十百]+[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、](?!\d))/u;

/**
 * Whether `next` continues the paragraph of `prev`: a line broken by the page width (it reaches
 * the right margin) continues unless the layout says a paragraph starts (indent, extra space,
 * a new numbered item) or, when the layout marks paragraphs in no way, the line ends a sentence.
 */
export function continues(prev: Line, next: Line, m: Metrics): boolean {
  const size = Math.max(prev.size, next.size);
  if (Math.abs(prev.size - next.size) > 0.15 * size) return false;
  // 2.5 em: line-breaking rules may carry two characters over ("头）" cannot start a line with "）");
  // a number or Latin word is never broken, so the line before it may end as far short as it is long
  const unbroken = UNBREAKABLE_START.exec(next.text)?.[0].length ?? 0;
  if (prev.x1 < m.right - (2.5 + unbroken) * size) return false;
  if (next.x0 > m.left + 0.8 * size) return false;
  if (prev.page === next.page && prev.y - next.y > 1.3 * m.pitch * size) return false;
  if (CLOSED.test(prev.text) && OPENS_ITEM.test(next.text)) return false;
  return !SENTENCE_END.test(prev.text) || m.spacing || m.indent;
}

export interface Paragraph {
  parts: { text: string; page: number }[];
}

/** Joins runs of flow lines into paragraphs; each part keeps the page it was printed on. */
export function toParagraphs(lines: readonly Line[], m: Metrics): Paragraph[] {
  const out: Paragraph[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const current = out.at(-1);
    if (prev && current && continues(prev, line, m)) {
      const last = current.parts.at(-1);
      const before = last?.text ?? '';
      const joined = joinPieces(before, line.text, 0);
      if (last && last.page === line.page) last.text = joined;
      else
        current.parts.push({
          text: joined.startsWith(before) ? joined.slice(before.length) : line.text,
          page: line.page,
        });
    } else out.push({ parts: [{ text: line.text, page: line.page }] });
    prev = line;
  }
  return out;
}

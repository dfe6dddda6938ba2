import { parseOrdinal } from '../util/chinese-number.ts';

/** A place where a numbered heading may start, before its numbering sequence is checked. */
export interface Candidate {
  style: HeadingStyle;
  n: number;
  /** View offsets of the whole numbering token, e.g. "(一)" or "1 .". */
  start: number;
  /** Where the heading text begins (after the numbering and any spaces). */
  textStart: number;
  /** True when only white space stands between the previous line break and the numbering. */
  lineStart: boolean;
  /**
   * True when a sentence ended right before the numbering and a short sentence with no clause
   * marks follows it ("。3 .健全乡村医疗卫生服务体系。"): a heading even inside a line.
   */
  strong: boolean;
}

/** Numbering styles; `h1`…`h6` are unnumbered Markdown headings, nested by their level. */
export type HeadingStyle =
  | 'chapter'
  | 'section'
  | 'cn'
  | 'cn-paren'
  | 'arabic'
  | 'arabic-paren'
  | 'arabic-half'
  | 'padded'
  | 'circled'
  | 'column'
  | `h${1 | 2 | 3 | 4 | 5 | 6}`;

const CN = '[一二三四五六七八九十]{1,3}';
// OCR copies carry a full-width digit here and there ("１．", "（２）")
const D = '[0-9０-９]';
const ND = '0-9０-９';
const re = (source: string) => new RegExp(source, 'gu');
const PATTERNS: { style: HeadingStyle; re: RegExp }[] = [
  { style: 'chapter', re: re(`第[ \u3000]?(${CN}|${D}{1,2})[ \u3000]?[章篇]`) },
  { style: 'section', re: re(`第[ \u3000]?(${CN}|${D}{1,2})[ \u3000]?[节部](?:分)?`) },
  // "一、二级医院" is a list of levels, not a heading
  { style: 'cn', re: re(`(${CN})、(?![一二三四五六七八九十]+级)`) },
  { style: 'cn-paren', re: re(`[(（](${CN})[)）]`) },
  { style: 'arabic', re: re(`(?<![${ND}.．])(${D}{1,2})[ \u3000]?[.．、](?![${ND}.．、])`) },
  { style: 'arabic-paren', re: re(`[(（](${D}{1,2})[)）]`) },
  // "1）加强…" without its opening bracket
  { style: 'arabic-half', re: re(`(?<![${ND}(（.．])(${D}{1,2})[)）](?![${ND}%])`) },
  // "01 总体目标", "02｜主要任务": re-posts number their parts with two digits and a space or bar
  {
    style: 'padded',
    re: re(`(?<![${ND}.．])(0[1-9]|[1-9][0-9])(?:[ \u3000]+|[ \u3000]*[｜|丨][ \u3000]*)(?=[^${ND}\\s%‰])`),
  },
  { style: 'circled', re: /([\u2460-\u2473])/gu },
  { style: 'column', re: re(`专栏[ \u3000]?(${D}{1,2}|[一二三四五六七八九十]{1,3})`) },
];

// white space, or a Markdown heading, quote or list marker, before a numbering at a line start
// (or the emoji or symbol bullet of a re-post: "🔹01 总体目标", "▶ 1. 加强…")
const LINE_LEAD =
  /^[ \t\u00a0\u2002\u2003\u3000]*(?:(?:#{1,6}|>|[-*+])[ \t]+)?(?:(?:[\p{Extended_Pictographic}\u2022\u25a0-\u25ff\u2605\u2606]\ufe0f?)+[ \t\u3000]*)?(?:\*\*)?$/u;

export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { style, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = style === 'circled' ? m[1]!.codePointAt(0)! - 0x245f : parseOrdinal(m[1]!.normalize('NFKC'));
      if (!Number.isFinite(n) || n === 0) continue;
      const lineBegin = text.lastIndexOf('\n', m.index - 1) + 1;
      const lineStart = LINE_LEAD.test(text.slice(lineBegin, m.index));
      // two digits and a space inside a line are a quantity ("12 个"), not a heading
      if (style === 'padded' && !lineStart) continue;
      let textStart = m.index + m[0].length;
      while (textStart < text.length && /[ \t\u00a0\u2002\u3000]/u.test(text[textStart]!)) textStart++;
      // a numbering followed by nothing but a line break or a digit is not a heading
      if (textStart >= text.length || /[\n\d０-９%‰]/u.test(text[textStart]!)) continue;
      const stop = text.indexOf('。', textStart);
      const strong =
        /[。；;！？]\s*$/u.test(text.slice(Math.max(0, m.index - 2), m.index)) &&
        stop > textStart &&
        stop - textStart <= 20 &&
        !/[，,；;：:]/u.test(text.slice(textStart, stop));
      out.push({ style, n, start: m.index, textStart, lineStart, strong });
    }
  }
  // "(一)" also matches no other style, but "第一章" contains no "一、"; keep one candidate per start
  out.sort((a, b) => a.start - b.start || a.textStart - b.textStart);
  return out.filter((c, i) => i === 0 || c.start !== out[i - 1]!.start);
}

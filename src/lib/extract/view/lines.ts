/** One line of a view: [start, end) without its "\n"; `next` is where the following line starts. */
export interface Line {
  start: number;
  end: number;
  next: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    lines.push({ start: at, end, next: Math.min(end + 1, text.length), text: text.slice(at, end) });
    at = end + 1;
  }
  return lines;
}

export const isBlank = (line: string): boolean => line.trim() === '';

/** Printed width: a full-width (CJK) character takes two columns. Counting stops past `cap`. */
export function displayWidth(s: string, cap = Infinity): number {
  let w = 0;
  for (let i = 0; i < s.length && w <= cap; i++) {
    const c = s.charCodeAt(i);
    w += c <= 0xff ? 1 : isLowSurrogate(c) ? 0 : 2;
  }
  return w;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A row of cells (TABs, runs of spaces between cells, pipes): the table readers' business. */
export function isTableRow(line: string): boolean {
  return /\t|[|｜]/u.test(line) || /\S[ \u3000]{2,}\S/u.test(line.trim());
}

/** The line closes a sentence or a clause, so a line break after it is a real one. */
export function endsSentence(line: string): boolean {
  return /[。！？!?；;…”’」』）)】〕》]$/u.test(line.trimEnd());
}

const NUMBERING =
  /^[\s\u3000]*(第[一二三四五六七八九十百零〇\d]+[章节篇部分条]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|\d{1,2}\s|[①-⑳]|专栏)/u;

/** The line starts with heading or item numbering (第一章, 一、, （一）, 1．, ①, 专栏). */
export const startsNumbered = (line: string): boolean => NUMBERING.test(line);

/** A heading line: numbered, and no sentence punctuation in it. */
export const isHeadingLine = (line: string): boolean => startsNumbered(line) && !/[。，,；;]/u.test(line);

/** The line starts a new paragraph: indented, or numbered. */
export const startsParagraph = (line: string): boolean => /^(\u3000| {2,})/u.test(line) || startsNumbered(line);

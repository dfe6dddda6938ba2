/** Spaces of every width (ASCII, no-break, ideographic) that pad a line. */
const PAD = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu;
/** Markdown marks around a line of a web copy ("# 标题", "**一、**", "> 引文"). */
const MARKDOWN = /^(?:#{1,6}\s+|>\s*)|^\*\*|\*\*$/gu;

/** The non-empty lines of a text, trimmed of padding and Markdown marks. */
export function cleanLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => line.replace(PAD, '').replace(MARKDOWN, '').replace(PAD, ''))
    .filter((line) => line !== '');
}

/** Numbered lines are headings of the body or its table of contents, never the title. */
export const NUMBERED =
  /^(?:第[一二三四五六七八九十百\d]+[章节条部分篇]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．\s])/u;

/** A line of running text: the body has begun and no header line follows. */
const BODY_LINE_LENGTH = 150;
/** Header lines come first; a document never takes more lines than this before its body. */
const MAX_HEAD_LINES = 60;

/**
 * The lines before the body: metadata box, notice, signature, title — where a plan states
 * itself. The body begins at its first long paragraph or its first numbered heading.
 */
export function headLines(lines: readonly string[]): string[] {
  const head: string[] = [];
  for (const line of lines.slice(0, MAX_HEAD_LINES)) {
    if (line.length > BODY_LINE_LENGTH || NUMBERED.test(line)) break;
    head.push(line);
  }
  return head;
}

/**
 * The last lines, where a plan printed without a notice signs and dates itself. Only the very
 * end: a unit and a deadline in a task table further up must not read as a signature.
 */
const TAIL_LINES = 5;
export function tailLines(lines: readonly string[]): string[] {
  return lines.slice(-TAIL_LINES);
}

/** Sentence punctuation: a line with it is running text, not a name or a title. */
export const SENTENCE_MARK = /[。，,；;：:！？!?]/u;

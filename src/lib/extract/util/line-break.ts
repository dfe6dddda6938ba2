/**
 * A line break of any system: \n, \r\n, a lone \r, U+2028, U+2029, NEL. The stages read the
 * view, where every one of these is already \n; code that reads the source itself (the parser,
 * the paragraph anchors) builds on these.
 */
export const LINE_BREAK_SOURCE = String.raw`\r\n?|[\n\u2028\u2029\u0085]`;

/** Characters that are not part of a line break. */
export const IN_LINE_SOURCE = String.raw`[^\n\r\u2028\u2029\u0085]`;

/** A fresh global matcher of line breaks (global regexes keep state, so each caller gets its own). */
export function lineBreaks(): RegExp {
  return new RegExp(LINE_BREAK_SOURCE, 'gu');
}

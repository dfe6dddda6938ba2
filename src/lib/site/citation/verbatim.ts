/** Cell separators of a table row as quoted: pipes, TABs, line breaks, runs of blanks (NBSP too). */
const CELL_GAP = /[ \t\u00a0\u3000]*(?:[|｜\t]|[\r\n]+)[\s\u00a0\u3000|｜]*|[ \u00a0\u3000]{2,}/gu;
const LINE_BREAKS = /[ \t\u00a0\u3000]*[\r\n]+[\s\u00a0\u3000]*/gu;
const IDEOGRAPHIC_SPACE = '\u3000';

/** Quotes inside a quotation take the inner marks (‘’), as Chinese writing nests them. */
export function nestQuotes(text: string): string {
  return text.replaceAll('“', '‘').replaceAll('”', '’');
}

/**
 * A quote as clean text on one line, for a table cell or a citation: the line breaks of the
 * source closed up (Chinese runs on without a space), NBSP read as a space, and a table row's
 * cells — on one line between pipes, or one per line — set apart by one ideographic space.
 */
export function plainQuote(quote: string, fromTable: boolean): string {
  const text = quote.trim();
  if (!fromTable) return text.replace(LINE_BREAKS, '').replace(/[ \u00a0]+/gu, ' ');
  return text
    .replace(/^[|｜]|[|｜]$/gu, '')
    .trim()
    .replace(CELL_GAP, IDEOGRAPHIC_SPACE);
}

/** A quoted passage on one line, without its closing punctuation and with inner quotes nested. */
export function quotedPassage(quote: string, fromTable: boolean): string {
  return nestQuotes(plainQuote(quote, fromTable).replace(/[。；;，,：:\s]+$/u, ''));
}

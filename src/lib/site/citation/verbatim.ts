/** Cell separators of a table row as quoted: pipes, TABs, runs of spaces. */
const CELL_GAP = /[ \t\u3000]*[|｜\t][ \t\u3000]*|[ \u3000]{2,}/gu;
const IDEOGRAPHIC_SPACE = '\u3000';

/** Quotes inside a quotation take the inner marks (‘’), as Chinese writing nests them. */
export function nestQuotes(text: string): string {
  return text.replaceAll('“', '‘').replaceAll('”', '’');
}

/** A quoted passage on one line: line breaks of the source closed up, a table row's cells spaced. */
export function quotedPassage(quote: string, fromTable: boolean): string {
  const oneLine = quote.trim().replace(/\s*[\r\n]+\s*/gu, '');
  const text = fromTable
    ? oneLine
        .replace(/^[|｜]|[|｜]$/gu, '')
        .trim()
        .replace(CELL_GAP, IDEOGRAPHIC_SPACE)
    : oneLine;
  return nestQuotes(text.replace(/[。；;，,：:\s]+$/u, ''));
}

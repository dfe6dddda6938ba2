/** CJK ideographs, kana, hangul and full-width punctuation: scripts written without spaces. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/u;

/** Whether two characters on either side of a line break belong together without a space. */
export function joinsTight(before: string, after: string): boolean {
  return WIDE.test(before.slice(-1)) || WIDE.test(after.slice(0, 1));
}

/**
 * Joins pieces that were separate lines in the file (paragraphs of one table cell, lines a
 * `<br>` broke): Chinese runs on without a space, other scripts get one. Nothing is dropped.
 */
export function joinLines(pieces: readonly string[]): string {
  let out = '';
  for (const raw of pieces) {
    const piece = raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (piece === '') continue;
    out = out === '' ? piece : joinsTight(out, piece) ? out + piece : `${out} ${piece}`;
  }
  return out;
}

/**
 * A cell's text on one row line: TABs and line breaks would split the row, so they become
 * spaces, and a pipe, which would split the cell, is written full-width.
 */
export function cellText(text: string): string {
  return text
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/\|/g, '｜')
    .trim();
}

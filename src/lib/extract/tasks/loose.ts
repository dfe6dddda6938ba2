/** A line break (with the indentation after it) that a printed line width put inside a word. */
const WRAP = /^[ \t\u3000]*\r?\n[ \t\u3000]*/u;

/** End of `word` written at text[at], a line break allowed between its characters; -1 if absent. */
export function looseMatch(text: string, at: number, word: string): number {
  let i = at;
  for (let k = 0; k < word.length; k++) {
    if (k > 0 && text[i] !== word[k]) i += WRAP.exec(text.slice(i, i + 8))?.[0].length ?? 0;
    if (text[i] !== word[k]) return -1;
    i++;
  }
  return i;
}

/** How many characters at the end of `raw` spell `word` (line breaks allowed inside); -1 if none. */
export function looseSuffix(raw: string, word: string): number {
  let i = raw.length;
  for (let k = word.length - 1; k >= 0; k--) {
    if (k < word.length - 1 && raw[i - 1] !== word[k]) {
      let j = i;
      while (j > 0 && /[ \t\u3000\r\n]/u.test(raw[j - 1]!)) j--;
      if (/\n/u.test(raw.slice(j, i))) i = j;
    }
    if (raw[i - 1] !== word[k]) return -1;
    i--;
  }
  return raw.length - i;
}

/** A pattern source for `word` with a line break allowed between its characters. */
export function loosePattern(word: string): string {
  return [...word]
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('(?:[ \\t\\u3000]*\\r?\\n[ \\t\\u3000]*)?');
}

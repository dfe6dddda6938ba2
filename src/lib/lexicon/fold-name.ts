/** Normalises a name for matching: NFKC (full/half width agree), no spaces, quotes or brackets' width. */
export function foldName(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u00a0\u2002\u3000“”"'‘’《》]/gu, '')
    .replace(/Ⅲ/gu, 'III');
}

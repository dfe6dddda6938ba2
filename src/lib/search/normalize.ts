/**
 * One folding for documents and queries alike, so a term typed in the browser is the term that
 * was indexed: NFKC makes full-width digits, letters and punctuation (７．５％, ＩＣＵ) plain,
 * and Latin goes lower case.
 */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Han ideographs, including the extension blocks and 〇; anything else breaks a Han run. */
export const HAN = /\p{Script=Han}/u;

/**
 * Runs of one kind: Han ideographs, decimal numbers, Latin words. Punctuation, spaces and the
 * units after a number (%, ‰) separate runs and are not searchable on their own.
 */
export const RUN = /\p{Script=Han}+|\d+(?:\.\d+)?|[a-z]+/gu;

/**
 * 7.50 and 7.5 are the same target value, so a number term drops trailing decimal zeros;
 * leading zeros stay (0-3岁 is not 3岁).
 */
export function canonicalNumber(digits: string): string {
  if (!digits.includes('.')) return digits;
  const trimmed = digits.replace(/0+$/u, '');
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}

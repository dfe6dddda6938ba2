import { parseDate } from './date.ts';
import { asIssuer } from './issuer.ts';
import type { MetaWords } from './words.ts';

export interface Signature {
  issuer: string;
  date: string;
}

/** Lines that may stand between the issuer and the date ("（印章）"). */
const SEAL = /^[（(][^）)]{0,6}[）)]$/u;

/** The signature block: an issuer's line and, right below it, a line that is a whole date. */
export function findSignature(lines: readonly string[], words: MetaWords): Signature | null {
  for (let i = 0; i < lines.length - 1; i++) {
    const issuer = asIssuer(lines[i] ?? '', words);
    if (issuer === null) continue;
    let j = i + 1;
    while (j < lines.length - 1 && SEAL.test(lines[j] ?? '')) j++;
    const date = parseDate(lines[j] ?? '');
    if (date !== null) return { issuer, date };
  }
  return null;
}

/** A line that is only a date, as a web copy stamps its publication ("2023-05-23 00:00"). */
export function findDateLine(lines: readonly string[]): string | null {
  for (const line of lines) {
    const date = parseDate(line);
    if (date !== null) return date;
  }
  return null;
}

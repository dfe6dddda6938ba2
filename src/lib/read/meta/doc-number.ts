import { asciiDigits } from './digits.ts';

/**
 * 云政办发〔2022〕18号 and its typed variants: ［］, [], （）, () or 【】 around the year,
 * full-width digits, spaces. The agency's abbreviation is 1–12 Chinese characters.
 */
const DOC_NUMBER = /^([\u4e00-\u9fff]{1,12})\s*[〔［[（(【]\s*(\d{4})\s*[〕］\]）)】]\s*(\d{1,4})\s*号$/u;

/**
 * A whole string that is a 文号, written the standard way (〔〕, ASCII digits, no spaces) so
 * that the same number typed two ways is one number; null otherwise.
 */
export function parseDocNumber(raw: string): string | null {
  const m = DOC_NUMBER.exec(asciiDigits(raw.trim()));
  if (!m) return null;
  const [, agency, year, serial] = m;
  return `${agency}〔${year}〕${Number(serial)}号`;
}

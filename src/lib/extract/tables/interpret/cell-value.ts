import type { Rules } from '../../rules/types.ts';
import { parseValue, type ParsedValue } from '../../util/value.ts';
import { fold } from './roles.ts';

const FULL_WIDTH: [RegExp, string][] = [
  [/＞＝|≧/gu, '≥'],
  [/＜＝|≦/gu, '≤'],
  [/＝/gu, '='],
  [/％/gu, '%'],
  [/．/gu, '.'],
  [/～/gu, '~'],
];

export const halfWidthDigits = (t: string): string =>
  t.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A cell that holds no value ("—", "/", "－", empty). */
export const isNoValue = (text: string, rules: Rules): boolean => {
  const t = fold(text);
  return t === '' || rules.tableNoValue.some((w) => t === fold(w));
};

/**
 * Reads a value cell like its ASCII form: full-width signs, digits and points as their
 * half-width counterparts (a full-width digit is noted as a repair: it is how OCR misreads).
 */
export function readCell(text: string, unit: string | null): ParsedValue {
  let t = text;
  for (const [re, to] of FULL_WIDTH) t = t.replace(re, to);
  const digits = halfWidthDigits(t);
  const parsed = parseValue(digits, unit);
  if (digits !== t) parsed.repairs.push(`repair-fullwidth-digit: "${text.trim()}" read as "${digits.trim()}"`);
  return parsed;
}

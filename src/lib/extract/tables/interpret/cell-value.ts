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
 * half-width counterparts, and letters OCR reads for digits; both are noted as repairs.
 */
export function readCell(text: string, unit: string | null): ParsedValue {
  let t = text;
  for (const [re, to] of FULL_WIDTH) t = t.replace(re, to);
  const digits = halfWidthDigits(t);
  const letters = ocrDigits(digits);
  const parsed = parseValue(letters, unit);
  if (digits !== t) parsed.repairs.push(`repair-fullwidth-digit: "${text.trim()}" read as "${digits.trim()}"`);
  if (letters !== digits) parsed.repairs.push(`repair-ocr-digits: "${digits.trim()}" read as "${letters.trim()}"`);
  return parsed;
}

/**
 * Letters OCR reads for digits ("≥9O", "1O0%", "l5.2以上") in a cell that is otherwise a number
 * with its sign, unit and comparison word; a cell of words keeps its letters.
 */
function ocrDigits(t: string): string {
  const m = /^(\s*[<>≤≥=~约]?\s*)([\dIlOo.]+)(\s*[%‰]?\s*(?:以上|以下|左右|以内)?\s*)$/u.exec(t);
  if (!m || !/\d/u.test(m[2]!) || !/[IlOo]/u.test(m[2]!)) return t;
  return m[1]! + m[2]!.replace(/[Il]/gu, '1').replace(/[Oo]/gu, '0') + m[3]!;
}

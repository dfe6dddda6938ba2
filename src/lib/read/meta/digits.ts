import { DIGITS } from '../../extract/util/chinese-number.ts';
const FULL_WIDTH_DIGIT = /[０-９]/gu;
const FULL_WIDTH_ZERO = 0xff10;

/** Full-width digits read as ASCII; one character for one, so positions stay the same. */
export function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - FULL_WIDTH_ZERO));
}

/** Digits of a year written digit by digit, with the circles and letters printed for 〇. */
const CHINESE_DIGITS: Readonly<Record<string, number>> = { ...DIGITS, '○': 0, Ｏ: 0, O: 0 };

/** 二〇二二 → 2022: a year is written digit by digit. NaN when a character is not a digit. */
export function chineseYear(s: string): number {
  if (/^\d{4}$/u.test(s)) return Number(s);
  let value = 0;
  for (const ch of s) {
    const d = CHINESE_DIGITS[ch];
    if (d === undefined) return NaN;
    value = value * 10 + d;
  }
  return s.length === 4 ? value : NaN;
}

/** 三, 十, 十五, 二十, 三十一 → the number (1…39); Arabic digits as they are; NaN otherwise. */
export function chineseSmall(s: string): number {
  if (/^\d{1,2}$/u.test(s)) return Number(s);
  const m = /^(?:([一二三])?(十))?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '') return NaN;
  const [, tens, ten, ones] = m;
  const t = ten ? (tens ? (CHINESE_DIGITS[tens] ?? NaN) : 1) : 0;
  return t * 10 + (ones ? (CHINESE_DIGITS[ones] ?? NaN) : 0);
}

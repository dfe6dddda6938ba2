import { asciiDigits, chineseSmall, chineseYear } from './digits.ts';

const CN = '〇○零ＯO一二三四五六七八九十';
/** 2022年3月15日, 2022 年 03 月 15 日, 二〇二二年三月十五日. */
const WRITTEN = new RegExp(`^([\\d${CN}]{4})\\s*年\\s*([\\d${CN}]{1,3})\\s*月\\s*([\\d${CN}]{1,3})\\s*日$`, 'u');
/** 2024-04-02, 2024/4/2, 2024.04.02, optionally followed by a time of day ("2023-05-23 00:00"). */
const NUMERIC = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;

/** A whole string that is one date, as ISO YYYY-MM-DD; null unless it is a real calendar day. */
export function parseDate(raw: string): string | null {
  const s = asciiDigits(raw.trim());
  const m = WRITTEN.exec(s) ?? NUMERIC.exec(s);
  if (!m) return null;
  const year = chineseYear(m[1] ?? '');
  const month = chineseSmall(m[2] ?? '');
  const day = chineseSmall(m[3] ?? '');
  return isoIfReal(year, month, day);
}

function isoIfReal(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger) || year < 1949 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

import { asciiDigits } from './digits.ts';
import type { MetaWords } from './words.ts';

const YEARS = /(\d{4})\s*年?\s*[—–\-－~～至到]+\s*(\d{4})\s*年?/u;

/** The period a title states: its years ("(2023—2025年)", "2017-2030") or a five-year plan ("十四五"). */
export function periodOf(title: string, words: MetaWords): [number, number] | null {
  const m = YEARS.exec(asciiDigits(title));
  if (m) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (start <= end && start >= 1949 && end <= 2100) return [start, end];
  }
  const plan = Object.keys(words.fiveYearPlans).find((name) => title.includes(name));
  return plan === undefined ? null : (words.fiveYearPlans[plan] ?? null);
}

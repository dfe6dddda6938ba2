import type { Level, Op } from '../types.ts';
import { isDamaged } from './citation/trust.ts';
import { formatNumber } from './target-text.ts';

export { compareLabel, formatNumber, formatTarget, OP_LABELS, opSign } from './target-text.ts';

export const LEVEL_NAMES: Record<Level, string> = {
  national: '国家',
  province: '省级',
  city: '市级',
  district: '区级',
  county: '县级',
};

/** The words an official writes around the number: "=" reads as an attainment target. */
const OP_PHRASES: Record<Op, [string, string]> = {
  '=': ['达到', ''],
  '>=': ['达到', '以上'],
  '<=': ['控制在', '以下'],
  '>': ['高于', ''],
  '<': ['低于', ''],
  '~': ['达到', '左右'],
};

/** "控制在10/10万以下", "达到80岁以上": the amount with its comparison, as plans phrase it. */
export function opPhrase(op: Op | null, amount: string): string {
  const [before, after] = OP_PHRASES[op ?? '='];
  return `${before}${amount}${after}`;
}

export function formatBaseline(t: {
  baselineValue: number | null;
  baselineYear: number | null;
  unit: string | null;
}): string {
  if (t.baselineValue === null) return '';
  const year = t.baselineYear === null ? '' : `（${t.baselineYear}年）`;
  const unit = t.unit === null || isDamaged(t.unit) ? '' : t.unit;
  return `${formatNumber(t.baselineValue)}${unit}${year}`;
}

export function formatPeriod(period: readonly [number, number]): string {
  return period[0] === period[1] ? `${period[0]}年` : `${period[0]}—${period[1]}年`;
}

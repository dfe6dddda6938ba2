import type { Level, Op } from '../types.ts';

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

const OP_SIGNS: Record<Op, string> = { '=': '', '>=': '≥', '<=': '≤', '>': '>', '<': '<', '~': '≈' };

export const OP_LABELS: Record<Op, string> = {
  '=': '等于',
  '>=': '不低于',
  '<=': '不高于',
  '>': '高于',
  '<': '低于',
  '~': '约',
};

/** "控制在10/10万以下", "达到80岁以上": the amount with its comparison, as plans phrase it. */
export function opPhrase(op: Op | null, amount: string): string {
  const [before, after] = OP_PHRASES[op ?? '='];
  return `${before}${amount}${after}`;
}

export function opSign(op: Op | null): string {
  return op ? OP_SIGNS[op] : '';
}

/** Plain decimal form: JSON numbers like 0.1 must not print as 0.10000000000000001 or 1e-7. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(12)));
}

/** "≥80岁" for a table cell; falls back to the verbatim expression when no number was read. */
export function formatTarget(t: {
  op: Op | null;
  value: number | null;
  unit: string | null;
  valueText: string;
}): string {
  if (t.value === null) return t.valueText;
  // A unit that starts with a digit ("1/#", a damaged "/10万") would run into the number.
  const gap = t.unit && /^\d/u.test(t.unit) ? ' ' : '';
  return `${opSign(t.op)}${formatNumber(t.value)}${gap}${t.unit ?? ''}`;
}

export function formatBaseline(t: {
  baselineValue: number | null;
  baselineYear: number | null;
  unit: string | null;
}): string {
  if (t.baselineValue === null) return '';
  const year = t.baselineYear === null ? '' : `（${t.baselineYear}年）`;
  return `${formatNumber(t.baselineValue)}${t.unit ?? ''}${year}`;
}

export function formatPeriod(period: readonly [number, number]): string {
  return period[0] === period[1] ? `${period[0]}年` : `${period[0]}—${period[1]}年`;
}

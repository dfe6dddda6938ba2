import type { Op } from '../types.ts';
import { isDamaged } from './citation/trust.ts';

export type ShownTarget = {
  op: Op | null;
  value: number | null;
  unit: string | null;
  valueText: string;
  /** Repairs the extraction made to read the value; a repaired value is marked as such. */
  repairs?: readonly string[];
};

const OP_SIGNS: Record<Op, string> = { '=': '', '>=': '≥', '<=': '≤', '>': '>', '<': '<', '~': '' };

/** The comparison in an official's words; "=" is an attainment target (达到), not an equation. */
export const OP_LABELS: Record<Op, string> = {
  '=': '达到',
  '>=': '不低于',
  '<=': '不高于',
  '>': '高于',
  '<': '低于',
  '~': '约',
};

/** A rank ("前3名", "前 20 位", "第5名以内"): a place, which a sign would turn into a quantity. */
const RANK = /^(?:排名|进入|位列|位居)?(?:前\s*\d+\s*[名位强]|第\s*\d+\s*[名位](?:以内|以前)?)$/u;
export const isRank = (valueText: string): boolean => RANK.test(valueText.trim());
/** A ratio ("1:1.25", "1∶2"): the number read is its second term, which alone would say nothing. */
const RATIO = /^\d+(?:\.\d+)?\s*[:：∶]\s*\d+(?:\.\d+)?$/u;

export const REPAIRED_MARK = '（已修复）';
const LOST_UNIT = '（单位原文缺损）';
const LOST_NUMBER = '原文数字缺失';

/** Plain decimal form: JSON numbers like 0.1 must not print as 0.10000000000000001 or 1e-7. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(12)));
}

export function opSign(op: Op | null): string {
  return op ? OP_SIGNS[op] : '';
}

/**
 * A target as a table cell shows it: "≥80%", "45%左右", a rank or ratio as written ("前3名",
 * "1:1.25"). A value
 * read through a repair shows the repaired reading and says so; a unit or number the source
 * lost is said in words, never shown as the damaged characters ("1/#", "#人次").
 */
export function formatTarget(t: ShownTarget): string {
  const mark = (t.repairs?.length ?? 0) > 0 ? REPAIRED_MARK : '';
  if (isRank(t.valueText) || RATIO.test(t.valueText.trim())) return t.valueText.trim().replace(/\s+/gu, '');
  if (t.value === null) return isDamaged(t.valueText) ? LOST_NUMBER : t.valueText;
  const number = formatNumber(t.value);
  if (t.unit !== null && isDamaged(t.unit)) return `${opSign(t.op)}${number}${LOST_UNIT}`;
  // a unit that starts with a digit ("10万人次") would run into the number
  const gap = t.unit && /^\d/u.test(t.unit) ? ' ' : '';
  const amount = `${number}${gap}${t.unit ?? ''}`;
  return `${t.op === '~' ? `${amount}左右` : `${opSign(t.op)}${amount}`}${mark}`;
}

/** The 比较 column: the comparison in words; a rank keeps its own wording in the target. */
export function compareLabel(t: Pick<ShownTarget, 'op' | 'valueText'>): string {
  if (isRank(t.valueText)) return '名次';
  return t.op ? OP_LABELS[t.op] : '';
}

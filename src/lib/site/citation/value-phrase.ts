import type { IndicatorRecord, Op } from '../../types.ts';
import { POST } from '../../extract/targets/quantity-words.ts';
import { formatNumber, opPhrase } from '../format.ts';

export type PhrasedValue = Pick<IndicatorRecord, 'op' | 'value' | 'unit' | 'valueText'>;

/** Words and signs before the number, and the comparison each states. */
const BEFORE: ReadonlyArray<[string, Op]> = [
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['≥', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不大于', '<='],
  ['≤', '<='],
  ['超过', '>'],
  ['高于', '>'],
  ['大于', '>'],
  ['＞', '>'],
  ['>', '>'],
  ['低于', '<'],
  ['少于', '<'],
  ['小于', '<'],
  ['＜', '<'],
  ['<', '<'],
  ['约', '~'],
  ['≈', '~'],
  ['~', '~'],
  ['达到', '='],
  ['控制在', '='],
  ['保持在', '='],
  ['＝', '='],
  ['=', '='],
];
/** Words after the amount (the extraction's own list); they decide over a neutral verb before it ("控制在10%以内"). */
const AFTER: ReadonlyArray<[string, Op]> = POST;
const SIGNS = /[≥≤＞＜<>≈~＝=]/u;
/** One number and its unit; a unit may hold digits ("/10万") but never starts with one. */
const AMOUNT = /^(\d+(?:\.\d+)?)\s*((?:[^\d.\s]\S*)?)$/u;

interface Reading {
  before: string;
  after: string;
  op: Op;
  number: number;
  unit: string;
}

/** The value text as one comparison with one number ("不低于80%", "10/10万以下", "≥95"); null otherwise. */
export function readValueText(valueText: string): Reading | null {
  let rest = valueText.trim();
  const before = BEFORE.find(([w]) => rest.startsWith(w));
  if (before) rest = rest.slice(before[0].length).trim();
  const after = AFTER.find(([w]) => rest.endsWith(w));
  if (after) rest = rest.slice(0, rest.length - after[0].length).trim();
  const m = AMOUNT.exec(rest);
  if (!m) return null;
  const op = after && (!before || before[1] === '=') ? after[1] : (before?.[1] ?? '=');
  if (before && after && before[1] !== '=' && before[1] !== after[1]) return null;
  return { before: before?.[0] ?? '', after: after?.[0] ?? '', op, number: Number(m[1]), unit: m[2] ?? '' };
}

/** The verb a bare amount takes ("80岁以上" → 达到80岁以上, "8天以内" → 控制在8天以内). */
const VERB: Record<Op, string> = { '=': '达到', '>=': '达到', '~': '达到', '<=': '控制在', '>': '高于', '<': '低于' };

/**
 * The value in the plan's own words when they state one comparison of one number that agrees
 * with the record (same number, comparison and unit): worded text is kept as written, signs
 * become words. Null when the text says something else (a range, a rank, a trend), which is
 * then quoted as written rather than turned into a bound.
 */
export function valuePhrase(t: PhrasedValue): string | null {
  const r = readValueText(t.valueText);
  if (r === null || t.value === null || r.op !== (t.op ?? '=')) return null;
  if (r.number !== Number(formatNumber(t.value))) return null;
  if (r.unit !== '' && r.unit !== t.unit) return null;
  const worded = r.unit !== '' && !SIGNS.test(t.valueText);
  if (worded) return r.before === '' ? `${VERB[r.op]}${t.valueText.trim()}` : t.valueText.trim();
  return opPhrase(r.op, `${formatNumber(t.value)}${t.unit ?? ''}`);
}

import type { IndicatorRecord } from '../../types.ts';

/** Why a target cannot stand in a ranking with the others, as a code for filters and tests. */
export type ReasonCode =
  | 'no-value'
  | 'relative'
  | 'no-year'
  | 'other-year'
  | 'average'
  | 'conflict'
  | 'scope'
  | 'population-base'
  | 'per-base'
  | 'unit'
  | 'damaged-unit'
  | 'direction';

export interface Reason {
  code: ReasonCode;
  reason: string;
}

type Text = Pick<IndicatorRecord, 'name' | 'valueText'>;

const BASE_YEAR = /[比较]\s*(\d{4})\s*年/u;
// A change by an amount, not a level: "下降20%", "提高5个百分点", "比2020年增长1倍". "提高到80岁"
// and "下降至5‰" name the level reached and stay targets of their own.
const CHANGE =
  /(?:提高|提升|下降|降低|增加|减少|增长|上升|缩小)(?![到至为])\s*[\d.]+\s*(?:个百分点|百分点|%|％|倍|岁)/u;
const AVERAGE = /年均|年平均|平均每年|每年平均/u;
/** Words that narrow where or whom a target counts, longest first: 中心城区 before 城区. */
const SCOPE_WORDS = ['中心城区', '主城区', '建成区', '城区', '市区', '县城', '农村', '城市', '城镇', '乡村'];

/** A target stated as a change from a base rather than a level to reach. */
export function relativeReason(t: Text & Pick<IndicatorRecord, 'unit'>): Reason | null {
  const base = BASE_YEAR.exec(t.valueText);
  if (base) return { code: 'relative', reason: `以${base[1]}年为基期的变化目标（基期不同）` };
  const change = CHANGE.exec(t.valueText);
  if (change) return { code: 'relative', reason: `相对目标（“${change[0]}”），未写目标水平` };
  if (t.unit !== null && /百分点/u.test(t.unit))
    return { code: 'relative', reason: '以百分点写的变化量，未写目标水平' };
  return null;
}

/** A figure averaged over several years, not the level of the target year. */
export function averageReason(t: Text): Reason | null {
  const m = AVERAGE.exec(`${t.name} ${t.valueText}`);
  return m ? { code: 'average', reason: `多年平均值（“${m[0]}”），不是目标年的水平` } : null;
}

/** A narrower place or population than the indicator's, or residents counted by registration. */
export function scopeReason(name: string, yardName: string): Reason | null {
  if (name.includes('户籍') && !yardName.includes('户籍'))
    return { code: 'population-base', reason: '按户籍人口计，本指标按常住人口计（人口基数不同）' };
  const word = SCOPE_WORDS.find((w) => name.includes(w) && !yardName.includes(w));
  return word ? { code: 'scope', reason: `口径不同（仅${word}）` } : null;
}

/** The plan states another value for the same indicator and year: neither alone is its word. */
export function conflictReason(t: Partial<Pick<IndicatorRecord, 'conflict'>>): Reason | null {
  return t.conflict && t.conflict.length > 0
    ? { code: 'conflict', reason: '本规划对同一年份另写有不同数值（表述不一）' }
    : null;
}

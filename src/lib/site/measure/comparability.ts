import type { IndicatorRecord, Op } from '../../types.ts';
import type { Better } from './ambition.ts';
import { exactConversion, type Conversion } from './conversion.ts';
import { averageReason, conflictReason, relativeReason, scopeReason, type Reason } from './reasons.ts';
import { countUnit, isDamagedUnit, nameBase, normalizeUnit, splitBase } from './units.ts';

export type Comparable = Pick<IndicatorRecord, 'name' | 'unit' | 'year' | 'op' | 'value' | 'valueText'> &
  Partial<Pick<IndicatorRecord, 'conflict'>>;

/** What a target is measured against: the canonical indicator's name, page unit and direction. */
export interface Yardstick {
  name: string;
  unit: string | null;
  better: Better;
  /** The target year being compared, when one is (a comparison of one year); else any year. */
  year?: number;
}

export type Verdict =
  { comparable: true; value: number; year: number; conversion?: Conversion } | ({ comparable: false } & Reason);

const CONTRARY: Record<Better, readonly Op[]> = { higher: ['<', '<='], lower: ['>', '>='] };

function no(r: Reason): Verdict {
  return { comparable: false, ...r };
}

function unitProblem(target: Comparable, yard: Yardstick): Reason | null {
  const written = normalizeUnit(target.unit);
  if (isDamagedUnit(written)) return { code: 'damaged-unit', reason: `单位“${written}”在原文中残缺` };
  if (exactConversion(target.unit, yard.unit)) return null;
  const { unit, base } = splitBase(written);
  const own = nameBase(yard.name);
  if (base !== null && base !== own)
    return { code: 'per-base', reason: `按每${base}人计，本指标按${own ? `每${own}人` : '总量'}计（基数不同）` };
  if (countUnit(unit) !== countUnit(yard.unit))
    return { code: 'unit', reason: `单位“${written ?? '无'}”与“${yard.unit ?? '无'}”不同` };
  return null;
}

/** Whether a target can stand in one ranking with the others, and if not, the reason shown beside it. */
export function comparability(target: Comparable, yard: Yardstick): Verdict {
  const relative = relativeReason(target);
  if (target.value === null || !Number.isFinite(target.value))
    return no(relative ?? { code: 'no-value', reason: '无具体数值' });
  if (relative) return no(relative);
  if (target.year === null) return no({ code: 'no-year', reason: '未写明目标年' });
  if (yard.year !== undefined && target.year !== yard.year)
    return no({ code: 'other-year', reason: `目标年为${target.year}年，比较的是${yard.year}年` });
  const other =
    averageReason(target) ?? conflictReason(target) ?? scopeReason(target.name, yard.name) ?? unitProblem(target, yard);
  if (other) return no(other);
  if (target.op !== null && CONTRARY[yard.better].includes(target.op)) {
    const reason = yard.better === 'higher' ? '写的是上限，本指标越高越积极' : '写的是下限，本指标越低越积极';
    return no({ code: 'direction', reason });
  }
  const conversion = exactConversion(target.unit, yard.unit);
  return conversion
    ? { comparable: true, value: target.value, year: target.year, conversion }
    : { comparable: true, value: target.value, year: target.year };
}

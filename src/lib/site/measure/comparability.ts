import type { IndicatorRecord, Op } from '../../types.ts';
import type { Better } from './ambition.ts';
import { countUnit, isDamagedUnit, nameBase, normalizeUnit, splitBase } from './units.ts';

export type Comparable = Pick<IndicatorRecord, 'name' | 'unit' | 'year' | 'op' | 'value' | 'valueText'>;

/** What a target is measured against: the canonical indicator's name, page unit and direction. */
export interface Yardstick {
  name: string;
  unit: string | null;
  better: Better;
}

export type Verdict = { comparable: true; value: number; year: number } | { comparable: false; reason: string };

/** Words that narrow who is counted: a 农村 rate is another measure than the all-population one. */
const SCOPE_WORDS = ['农村', '城市', '城镇', '乡村', '户籍'];
const BASE_YEAR = /比\s*(\d{4})\s*年/u;
const CONTRARY: Record<Better, readonly Op[]> = { higher: ['<', '<='], lower: ['>', '>='] };

function unitProblem(target: Comparable, yard: Yardstick): string | null {
  const written = normalizeUnit(target.unit);
  if (isDamagedUnit(written)) return `单位“${written}”在原文中残缺`;
  const { unit, base } = splitBase(written);
  const own = nameBase(yard.name);
  if (base !== null && base !== own) return `按每${base}人计，本指标按${own ? `每${own}人` : '总量'}计（基数不同）`;
  if (countUnit(unit) !== countUnit(yard.unit)) return `单位“${written ?? '无'}”与“${yard.unit ?? '无'}”不同`;
  return null;
}

/** Whether a target can stand in one ranking with the others, and if not, the reason shown beside it. */
export function comparability(target: Comparable, yard: Yardstick): Verdict {
  if (target.value === null || !Number.isFinite(target.value)) {
    const base = BASE_YEAR.exec(target.valueText);
    return { comparable: false, reason: base ? `以${base[1]}年为基期的变化目标（基期不同）` : '无具体数值' };
  }
  if (target.year === null) return { comparable: false, reason: '未写明目标年' };
  const scope = SCOPE_WORDS.find((w) => target.name.includes(w) && !yard.name.includes(w));
  if (scope) return { comparable: false, reason: `口径不同（仅${scope}）` };
  const unit = unitProblem(target, yard);
  if (unit) return { comparable: false, reason: unit };
  if (target.op !== null && CONTRARY[yard.better].includes(target.op)) {
    return {
      comparable: false,
      reason: yard.better === 'higher' ? '写的是上限，本指标越高越积极' : '写的是下限，本指标越低越积极',
    };
  }
  return { comparable: true, value: target.value, year: target.year };
}

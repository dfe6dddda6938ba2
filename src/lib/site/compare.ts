import type { IndicatorRecord } from '../types.ts';
import { bestValue, isComparable, type Better } from './ambition.ts';
import { referenceUnit } from './units.ts';

export interface CompareIndicator {
  id: string;
  name: string;
  unit: string | null;
  better: Better;
}

export interface CompareCell {
  plan: string;
  record: IndicatorRecord | null;
  /** Further targets of the same plan for this indicator (other years), shown on its page. */
  others: number;
  comparable: boolean;
}

export interface CompareRow {
  indicator: CompareIndicator;
  unit: string | null;
  cells: CompareCell[];
  /** Most ambitious comparable value across all plans (the page narrows it to a selection); null unless two or more compare. */
  best: number | null;
}

/** The target for the plan's own horizon when there is one, else its latest. */
export function primaryTarget(records: readonly IndicatorRecord[], horizon: number): IndicatorRecord | null {
  const atHorizon = records.find((r) => r.year === horizon);
  if (atHorizon) return atHorizon;
  return [...records].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0] ?? null;
}

/** One row per canonical indicator some plan sets, one cell per plan in the given order. */
export function compareRows(
  plans: readonly { id: string; period: readonly [number, number] }[],
  targets: readonly IndicatorRecord[],
  indicators: readonly CompareIndicator[],
): CompareRow[] {
  return indicators.flatMap((indicator) => {
    const mine = targets.filter((t) => t.indicator === indicator.id);
    if (mine.length === 0) return [];
    const unit = referenceUnit(mine.map((t) => t.unit), indicator.unit);
    const cells = plans.map((plan) => {
      const own = mine.filter((t) => t.plan === plan.id);
      const record = primaryTarget(own, plan.period[1]);
      return { plan: plan.id, record, others: Math.max(0, own.length - 1), comparable: record !== null && isComparable(record, unit) };
    });
    const values = cells.flatMap((c) => (c.comparable && c.record?.value != null ? [c.record.value] : []));
    return [{ indicator, unit, cells, best: values.length >= 2 ? bestValue(values, indicator.better) : null }];
  });
}

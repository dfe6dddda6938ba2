import type { IndicatorRecord } from '../types.ts';
import { bestOfYear, type Better } from './measure/ambition.ts';
import { comparability, type Verdict } from './measure/comparability.ts';
import { referenceUnit } from './measure/reference-unit.ts';
import { recordsWith } from './data/index-by.ts';

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
  verdict: Verdict | null;
  /** Most ambitious among all plans' targets for the same year (the page redoes this for a selection). */
  best: boolean;
}

export interface CompareRow {
  indicator: CompareIndicator;
  unit: string | null;
  cells: CompareCell[];
}

/** The target for the plan's own horizon when there is one, else its latest. */
export function primaryTarget(records: readonly IndicatorRecord[], horizon: number): IndicatorRecord | null {
  const atHorizon = records.find((r) => r.year === horizon);
  if (atHorizon) return atHorizon;
  return [...records].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0] ?? null;
}

const units = new WeakMap<readonly IndicatorRecord[], Map<string, string | null>>();

/** The unit an indicator's targets are compared in, worked out once per list of targets. */
function unitOf(
  targets: readonly IndicatorRecord[],
  indicator: CompareIndicator,
  mine: readonly IndicatorRecord[],
): string | null {
  let known = units.get(targets);
  if (!known) units.set(targets, (known = new Map()));
  if (!known.has(indicator.id))
    known.set(
      indicator.id,
      referenceUnit(
        mine.map((t) => t.unit),
        indicator.unit,
      ),
    );
  return known.get(indicator.id)!;
}

/** One row per canonical indicator some plan sets, one cell per plan in the given order. */
export function compareRows(
  plans: readonly { id: string; period: readonly [number, number] }[],
  targets: readonly IndicatorRecord[],
  indicators: readonly CompareIndicator[],
): CompareRow[] {
  return indicators.flatMap((indicator) => {
    const mine = recordsWith(targets, 'indicator', indicator.id);
    if (mine.length === 0) return [];
    const unit = unitOf(targets, indicator, mine);
    const yard = { name: indicator.name, unit, better: indicator.better };
    const cells = plans.map((plan) => {
      const own = recordsWith(mine, 'plan', plan.id);
      const record = primaryTarget(own, plan.period[1]);
      return {
        plan: plan.id,
        record,
        others: Math.max(0, own.length - 1),
        verdict: record && comparability(record, yard),
      };
    });
    const best = bestOfYear(
      cells.map((c) =>
        c.verdict?.comparable ? { value: c.verdict.value, year: c.verdict.year, op: c.record!.op } : null,
      ),
      indicator.better,
    );
    return [{ indicator, unit, cells: cells.map((c, i) => ({ ...c, best: best[i]! })) }];
  });
}

import type { IndicatorEntry } from '../lexicon/types.ts';
import type { IndicatorRecord, PlanRecord } from '../types.ts';
import { rankByAmbition, type Better, type Ranked } from './ambition.ts';
import { byChinese } from './group.ts';
import { planOf } from './lookups.ts';
import { referenceUnit } from './units.ts';

export interface TargetRow extends Ranked<IndicatorRecord> {
  plan: PlanRecord;
}

export interface IndicatorView {
  unit: string | null;
  better: Better;
  /** False when the lexicon does not say which direction is better (then: higher first). */
  directionKnown: boolean;
  rows: TargetRow[];
  planCount: number;
}

/** All targets of one canonical indicator, most ambitious first, other units last. */
export function indicatorView(entry: IndicatorEntry | undefined, records: readonly IndicatorRecord[], plans: readonly PlanRecord[]): IndicatorView {
  const better = entry?.better ?? 'higher';
  const unit = referenceUnit(records.map((r) => r.unit), entry?.unit ?? null);
  const ordered = [...records].sort(
    (a, b) => byChinese(planOf(plans, a.plan).region, planOf(plans, b.plan).region) || (a.year ?? 0) - (b.year ?? 0),
  );
  const rows = rankByAmbition(ordered, better, unit).map((r) => ({ ...r, plan: planOf(plans, r.record.plan) }));
  return { unit, better, directionKnown: entry !== undefined, rows, planCount: new Set(records.map((r) => r.plan)).size };
}

import type { IndicatorEntry } from '../lexicon/types.ts';
import type { IndicatorRecord, PlanRecord } from '../types.ts';
import { byChinese } from './group.ts';
import { planOf } from './lookups.ts';
import { rankByAmbition, type Better } from './measure/ambition.ts';
import { comparability, type Verdict, type Yardstick } from './measure/comparability.ts';
import { referenceUnit } from './measure/reference-unit.ts';

export interface TargetRow {
  record: IndicatorRecord;
  plan: PlanRecord;
  verdict: Verdict;
  /** 1 = most ambitious among the targets for the same year; null when not comparable. */
  rank: number | null;
  /** Most ambitious of its year, with another plan's comparable target to beat. */
  best: boolean;
}

export interface IndicatorView {
  unit: string | null;
  better: Better;
  /** False when the lexicon does not say which direction is better (then: higher first). */
  directionKnown: boolean;
  /** Comparable targets per target year, earliest year first, each ranked on its own. */
  years: { year: number; rows: TargetRow[] }[];
  /** Targets that cannot be ranked, each with its reason. */
  others: TargetRow[];
  planCount: number;
}

/** All targets of one canonical indicator: ranked within each target year, the rest apart. */
export function indicatorView(
  entry: IndicatorEntry | undefined,
  name: string,
  records: readonly IndicatorRecord[],
  plans: readonly PlanRecord[],
): IndicatorView {
  const yard: Yardstick = {
    name: entry?.name ?? name,
    unit: referenceUnit(
      records.map((r) => r.unit),
      entry?.unit ?? null,
    ),
    better: entry?.better ?? 'higher',
  };
  const byRegion = [...records].sort(
    (a, b) => byChinese(planOf(plans, a.plan).region, planOf(plans, b.plan).region) || (a.year ?? 0) - (b.year ?? 0),
  );
  const judged = byRegion.map((record) => ({
    record,
    plan: planOf(plans, record.plan),
    verdict: comparability(record, yard),
  }));
  const yearsSeen = [...new Set(judged.flatMap((j) => (j.verdict.comparable ? [j.verdict.year] : [])))].sort(
    (a, b) => a - b,
  );
  const years = yearsSeen.map((year) => {
    const same = judged.filter((j) => j.verdict.comparable && j.verdict.year === year);
    const ranked = rankByAmbition(same, (j) => ({ value: j.record.value!, op: j.record.op }), yard.better);
    // One plan stating a target twice (table and text) is not a contest.
    const contest = new Set(same.map((j) => j.plan.id)).size >= 2;
    return { year, rows: ranked.map(({ item, rank }) => ({ ...item, rank, best: rank === 1 && contest })) };
  });
  const others = judged.filter((j) => !j.verdict.comparable).map((j) => ({ ...j, rank: null, best: false }));
  return {
    unit: yard.unit,
    better: yard.better,
    directionKnown: entry !== undefined,
    years,
    others,
    planCount: new Set(records.map((r) => r.plan)).size,
  };
}

/** Every row in page order: year by year, most ambitious first, then those not comparable. */
export function viewRows(view: IndicatorView): TargetRow[] {
  return [...view.years.flatMap((y) => y.rows), ...view.others];
}

import { foldText } from '../../lexicon/fold-name.ts';
import type { IndicatorRecord, PlanRecord, TaskRecord } from '../../types.ts';

/**
 * Targets are numbered by canonical indicator, then by name, then by plan: all targets of one
 * indicator form one id range (the lexicon path of a query is a range, not a list), and the
 * first results of a query sit in one or two display blocks instead of one block per plan.
 */
export function orderTargets(
  targets: readonly IndicatorRecord[],
  plans: ReadonlyMap<string, number>,
  indicatorRank: ReadonlyMap<string, number>,
): IndicatorRecord[] {
  const unfiled = indicatorRank.size;
  const keyed = targets.map((t) => ({
    t,
    rank: t.indicator === null ? unfiled : (indicatorRank.get(t.indicator) ?? unfiled),
    name: foldText(t.name),
    plan: plans.get(t.plan) ?? Number.MAX_SAFE_INTEGER,
  }));
  keyed.sort(
    (a, b) =>
      a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.plan - b.plan || a.t.start - b.t.start,
  );
  return keyed.map((k) => k.t);
}

/** Tasks in plan order, then source order, so a plan's tasks are one id range. */
export function orderTasks(tasks: readonly TaskRecord[], plans: ReadonlyMap<string, number>): TaskRecord[] {
  return [...tasks].sort((a, b) => (plans.get(a.plan) ?? 0) - (plans.get(b.plan) ?? 0) || a.start - b.start);
}

/** Plan numbers: the order of plans.json, which the export keeps stable. */
export function planNumbers(plans: readonly PlanRecord[]): Map<string, number> {
  return new Map(plans.map((p, i) => [p.id, i]));
}

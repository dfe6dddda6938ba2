import { compareData } from '../compare-data.ts';
import { conflictNotes, conflictText } from '../conflicts.ts';
import type { SiteData } from '../data/site-data.ts';
import { byId, recordsWith } from '../data/index-by.ts';
import { formatBaseline } from '../format.ts';
import { referenceEntry } from '../citation/reference.ts';
import { paths } from '../paths.ts';
import { higherReferences } from '../higher-level.ts';
import { catalogPlan } from './catalog.ts';
import { shardHigher } from './higher.ts';
import type { PlanShard } from './types.ts';

const cache = new WeakMap<SiteData, Map<string, PlanShard>>();

/**
 * Each plan's part of the comparison, computed once for the whole library so a verdict does
 * not depend on which plans a reader picks; the pages fetch only the plans chosen.
 */
export function planShards(data: SiteData, accessed: string): Map<string, PlanShard> {
  const known = cache.get(data);
  if (known) return known;
  const all = compareData(data, data.plans, { data, accessed });
  const targetsOf = (plan: string) => recordsWith(all.targets, 'plan', plan);
  const tasksOf = (plan: string) => recordsWith(all.tasks, 'plan', plan);
  const higher = higherReferences(data.plans, data.indicators);
  const shards = new Map<string, PlanShard>();
  for (const plan of data.plans) {
    shards.set(plan.id, {
      plan: { ...catalogPlan(plan), href: paths.plan(plan.id), reference: referenceEntry(plan, accessed) },
      targets: targetsOf(plan.id).map((t) => {
        const record = byId(data.indicators, t.record)!;
        const notes = conflictNotes(data, record);
        return {
          ...t,
          year: record.year,
          href: paths.record(plan.id, record.id),
          conflict: notes.length > 0 ? conflictText(notes) : null,
          attribute: record.attribute,
          baseline: formatBaseline(record) || null,
          higher: shardHigher(higher.get(record.id), { name: t.name, unit: t.unit, better: t.better }, accessed),
        };
      }),
      tasks: tasksOf(plan.id).map((t) => {
        const task = byId(data.tasks, t.task)!;
        return { ...t, title: task.title, href: paths.task(task.id), topics: task.topics };
      }),
    });
  }
  cache.set(data, shards);
  return shards;
}

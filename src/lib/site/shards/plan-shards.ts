import { compareData } from '../compare-data.ts';
import { conflictNotes, conflictText } from '../conflicts.ts';
import type { SiteData } from '../data/site-data.ts';
import { byId } from '../data/index-by.ts';
import { formatBaseline } from '../format.ts';
import { referenceEntry } from '../citation/reference.ts';
import { paths } from '../paths.ts';
import { higherOf } from '../higher-index.ts';
import { catalogPlan } from './catalog.ts';
import { shardHigher } from './higher.ts';
import type { PlanShard } from './types.ts';

/**
 * One plan's part of the comparison, made when its data file is written and not kept: the
 * verdicts use each indicator's unit over the whole library, so they do not depend on which
 * plans a reader picks, and the pages fetch only the plans chosen.
 */
export function planShard(data: SiteData, id: string, accessed: string): PlanShard | undefined {
  const plan = byId(data.plans, id);
  if (!plan) return undefined;
  const part = compareData(data, [plan], { data, accessed });
  return {
    plan: { ...catalogPlan(plan), href: paths.plan(plan.id), reference: referenceEntry(plan, accessed) },
    targets: part.targets.map((t) => {
      const record = byId(data.indicators, t.record)!;
      const notes = conflictNotes(data, record);
      return {
        ...t,
        year: record.year,
        href: paths.record(plan.id, record.id),
        conflict: notes.length > 0 ? conflictText(notes) : null,
        attribute: record.attribute,
        baseline: formatBaseline(record) || null,
        higher: shardHigher(higherOf(data, record.id), { name: t.name, unit: t.unit, better: t.better }, accessed),
      };
    }),
    tasks: part.tasks.map((t) => {
      const task = byId(data.tasks, t.task)!;
      return { ...t, title: task.title, href: paths.task(task.plan, task.id), topics: task.topics };
    }),
  };
}

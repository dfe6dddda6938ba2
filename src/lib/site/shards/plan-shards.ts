import { compareData } from '../compare-data.ts';
import { conflictNotes, conflictText } from '../conflicts.ts';
import type { SiteData } from '../data/site-data.ts';
import { byId } from '../data/index-by.ts';
import { formatBaseline } from '../format.ts';
import { referenceEntry } from '../citation/reference.ts';
import { paths } from '../paths.ts';
import { higherOf } from '../higher-index.ts';
import { siteAddress } from '../site-url.ts';
import { TARGET_HEADERS } from '../tables/target-rows.ts';
import { TASK_HEADERS } from '../tables/task-rows.ts';
import { catalogPlan } from './catalog.ts';
import { shardHigher } from './higher.ts';
import { checkRow } from './check-row.ts';
import { ownCells, TARGET_COLUMNS, TASK_COLUMNS, targetCells, targetHref, taskCells, taskHref } from './rows.ts';
import type { PlanShard, ShardPlan, ShardTarget, ShardTask } from './types.ts';

/**
 * One plan's part of the comparison, made when its data file is written and not kept: the
 * verdicts use each indicator's unit over the whole library, so they do not depend on which
 * plans a reader picks, and the pages fetch only the plans chosen.
 */
export function planShard(data: SiteData, id: string, accessed: string): PlanShard | undefined {
  const p = byId(data.plans, id);
  if (!p) return undefined;
  const part = compareData(data, [p], { data, accessed });
  const plan: ShardPlan = {
    ...catalogPlan(p),
    href: paths.plan(p.id),
    tasks: paths.planTasks(p.id),
    docNumber: p.docNumber,
    reference: referenceEntry(p, accessed),
    site: siteAddress() ?? null,
  };
  const targets = part.targets.map(({ plan: _, cells, ...t }): ShardTarget => {
    const record = byId(data.indicators, t.record)!;
    const notes = conflictNotes(data, record);
    const target: ShardTarget = {
      ...t,
      year: record.year,
      conflict: notes.length > 0 ? conflictText(notes) : null,
      attribute: record.attribute,
      baseline: formatBaseline(record) || null,
      higher: shardHigher(higherOf(data, record.id), { name: t.name, unit: t.unit, better: t.better }, accessed),
      cells: ownCells(TARGET_HEADERS, TARGET_COLUMNS, plan, cells),
    };
    checkRow(t.record, cells, targetCells(TARGET_HEADERS, plan, target));
    checkRow(t.record, [paths.record(p.id, t.record)], [targetHref(plan, target)]);
    return target;
  });
  const tasks = part.tasks.map(({ task: taskId, cells }): ShardTask => {
    const task = byId(data.tasks, taskId)!;
    const shard: ShardTask = {
      task: task.id,
      title: task.title,
      topics: task.topics,
      cells: ownCells(TASK_HEADERS, TASK_COLUMNS, plan, cells),
    };
    checkRow(taskId, cells, taskCells(TASK_HEADERS, plan, shard));
    checkRow(taskId, [paths.task(p.id, taskId)], [taskHref(plan, shard)]);
    return shard;
  });
  return { plan, targets, tasks };
}

import type { CompareData } from '../compare-data.ts';
import type { CatalogIndex } from './catalog-index.ts';
import { targetCells, taskCells } from './rows.ts';
import type { PlanShard } from './types.ts';

/** The chosen plans' data files in the shape the exports take, each record's row whole again. */
export function selectionOf(
  index: Pick<CatalogIndex, 'targetHeaders' | 'taskHeaders' | 'notes'>,
  shards: readonly PlanShard[],
): CompareData {
  return {
    plans: shards.map((s) => ({ id: s.plan.id, region: s.plan.region })),
    targetHeaders: index.targetHeaders,
    taskHeaders: index.taskHeaders,
    targets: shards.flatMap((s) =>
      s.targets.map((t) => ({ ...t, plan: s.plan.id, cells: targetCells(index.targetHeaders, s.plan, t) })),
    ),
    tasks: shards.flatMap((s) =>
      s.tasks.map((t) => ({ plan: s.plan.id, task: t.task, cells: taskCells(index.taskHeaders, s.plan, t) })),
    ),
    notes: index.notes,
  };
}

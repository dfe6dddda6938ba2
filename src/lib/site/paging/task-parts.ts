import { recordsWith } from '../data/index-by.ts';
import { oncePer } from '../data/once-per.ts';
import type { TaskRecord } from '../../types.ts';

/**
 * Most tasks one page of a plan's task list holds. A plan's tasks share a page, but a long plan
 * (a province's, a hundred tasks or more) would make it heavy: its tasks are then spread evenly
 * over as few pages as keep each under this many, in the order the plan states them.
 */
export const TASKS_PER_PAGE = 40;

/** A plan's tasks in text order, split into its pages (one page for most plans). */
export function planTaskParts(tasks: readonly TaskRecord[], plan: string, limit = TASKS_PER_PAGE): TaskRecord[][] {
  const ordered = [...recordsWith(tasks, 'plan', plan)].sort((a, b) => a.start - b.start || a.end - b.end);
  if (ordered.length === 0) return [];
  const parts = Math.ceil(ordered.length / limit);
  const size = Math.ceil(ordered.length / parts);
  return Array.from({ length: parts }, (_, i) => ordered.slice(i * size, (i + 1) * size)).filter((p) => p.length > 0);
}

const partsByTask = oncePer((tasks: readonly TaskRecord[]) => {
  const parts = new Map<string, number>();
  for (const plan of new Set(tasks.map((t) => t.plan)))
    planTaskParts(tasks, plan).forEach((part, i) => part.forEach((t) => parts.set(t.id, i + 1)));
  return parts;
});

/** The page (1, 2, …) of its plan's task list that holds a task; 1 for an unknown id. */
export function taskPartOf(tasks: readonly TaskRecord[], id: string): number {
  return partsByTask(tasks).get(id) ?? 1;
}

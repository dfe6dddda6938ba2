import { taskPartOf } from './paging/task-parts.ts';
import { paths } from './paths.ts';
import type { TaskRecord } from '../types.ts';

/** A task's section on the very page of its plan's task list that holds it. */
export const taskLink = (tasks: readonly TaskRecord[], task: Pick<TaskRecord, 'plan' | 'id'>): string =>
  paths.task(task.plan, task.id, taskPartOf(tasks, task.id));

import type { TaskRecord, UnitRecord } from '../types.ts';
import type { SiteLexicon } from './data/lexicon.ts';
import { recordsWith } from './data/index-by.ts';

export interface DepartmentTask {
  task: TaskRecord;
  role: UnitRecord['role'];
  /** The unit names this plan uses for the department on this task, e.g. 市卫生健康委. */
  names: string[];
}

export interface DepartmentSummary {
  id: string;
  name: string;
  /** Unit names as plans write them, e.g. 市卫生健康委, 县卫生健康局. */
  names: string[];
  /** Every task the department leads or joins, plan by plan in text order, leading before joining. */
  tasks: DepartmentTask[];
  lead: number;
  partner: number;
  plans: number;
}

function departmentTasks(units: readonly UnitRecord[], tasks: readonly TaskRecord[]): DepartmentTask[] {
  const byTask = new Map(tasks.map((t) => [t.id, t]));
  const keyed = new Map<string, DepartmentTask>();
  for (const u of units) {
    const task = byTask.get(u.task);
    if (!task) continue;
    const key = `${u.task}\u0000${u.role}`;
    const entry = keyed.get(key) ?? { task, role: u.role, names: [] };
    if (!entry.names.includes(u.name)) entry.names.push(u.name);
    keyed.set(key, entry);
  }
  return [...keyed.values()].sort((a, b) =>
    a.task.plan < b.task.plan
      ? -1
      : a.task.plan > b.task.plan
        ? 1
        : a.task.start - b.task.start || (a.role === 'lead' ? -1 : 1),
  );
}

/** Departments by function across plans: a 卫生健康委 in one city and a 卫生健康局 in a county are one. */
export function departmentSummaries(
  lexicon: SiteLexicon,
  units: readonly UnitRecord[],
  tasks: readonly TaskRecord[],
): DepartmentSummary[] {
  return lexicon.departments
    .map((d) => {
      const mine = recordsWith(units, 'department', d.id);
      const list = departmentTasks(mine, tasks);
      return {
        id: d.id,
        name: d.name,
        names: [...new Set(mine.map((u) => u.name))],
        tasks: list,
        lead: list.filter((t) => t.role === 'lead').length,
        partner: list.filter((t) => t.role === 'partner').length,
        plans: new Set(list.map((t) => t.task.plan)).size,
      };
    })
    .filter((d) => d.tasks.length > 0);
}

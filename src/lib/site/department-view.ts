import type { TaskRecord, UnitRecord } from '../types.ts';
import type { SiteLexicon } from './data/lexicon.ts';
import { byId, recordsWith } from './data/index-by.ts';

export interface DepartmentTask {
  task: TaskRecord;
  role: UnitRecord['role'];
  /** The unit names this plan uses for the department on this task, e.g. 市卫生健康委. */
  names: string[];
}

export interface DepartmentSummary {
  id: string;
  name: string;
  /** Unit names as plans write them, e.g. 市卫生健康委, 县卫生健康局; the most used first. */
  names: string[];
  /** Every task the department leads or joins, plan by plan in text order, leading before joining. */
  tasks: DepartmentTask[];
  lead: number;
  partner: number;
  plans: number;
}

function departmentTasks(units: readonly UnitRecord[], tasks: readonly TaskRecord[]): DepartmentTask[] {
  const keyed = new Map<string, DepartmentTask>();
  for (const u of units) {
    const task = byId(tasks, u.task);
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

const cache = new WeakMap<readonly UnitRecord[], DepartmentSummary[]>();

/** Departments by function across plans: a 卫生健康委 in one city and a 卫生健康局 in a county are one. */
export function departmentSummaries(
  lexicon: SiteLexicon,
  units: readonly UnitRecord[],
  tasks: readonly TaskRecord[],
): DepartmentSummary[] {
  const known = cache.get(units);
  if (known) return known;
  const all = lexicon.departments
    .map((d) => {
      const mine = recordsWith(units, 'department', d.id);
      const list = departmentTasks(mine, tasks);
      return {
        id: d.id,
        name: d.name,
        names: byFrequency(mine.map((u) => u.name)),
        tasks: list,
        lead: list.filter((t) => t.role === 'lead').length,
        partner: list.filter((t) => t.role === 'partner').length,
        plans: new Set(list.map((t) => t.task.plan)).size,
      };
    })
    .filter((d) => d.tasks.length > 0);
  cache.set(units, all);
  return all;
}

/** Distinct names, the most used first (ties in first-seen order). */
function byFrequency(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([n]) => n);
}

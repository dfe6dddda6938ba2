import type { TaskRecord, UnitRecord } from '../types.ts';
import type { SiteLexicon } from './data/lexicon.ts';

export interface DepartmentSummary {
  id: string;
  name: string;
  /** Unit names as plans write them, e.g. 市卫生健康委, 县卫生健康局. */
  names: string[];
  lead: TaskRecord[];
  partner: TaskRecord[];
}

function tasksFor(units: readonly UnitRecord[], tasks: readonly TaskRecord[], role: UnitRecord['role']): TaskRecord[] {
  const ids = new Set(units.filter((u) => u.role === role).map((u) => u.task));
  return tasks.filter((t) => ids.has(t.id));
}

/** Departments by function across plans: a 卫生健康委 in one city and a 卫生健康局 in a county are one. */
export function departmentSummaries(lexicon: SiteLexicon, units: readonly UnitRecord[], tasks: readonly TaskRecord[]): DepartmentSummary[] {
  return lexicon.departments
    .map((d) => {
      const mine = units.filter((u) => u.department === d.id);
      return { id: d.id, name: d.name, names: [...new Set(mine.map((u) => u.name))], lead: tasksFor(mine, tasks, 'lead'), partner: tasksFor(mine, tasks, 'partner') };
    })
    .filter((d) => d.lead.length + d.partner.length > 0);
}

import { byId } from './data/index-by.ts';
import type { SiteData } from './data/site-data.ts';
import { departmentSummaries, type DepartmentSummary, type DepartmentTask } from './department-view.ts';
import { planOf } from './lookups.ts';
import { pageByProvince, type Paged } from './paging/by-province.ts';

export interface DepartmentPages {
  id: string;
  summary: DepartmentSummary;
  paged: Paged<DepartmentTask>;
}

const cache = new WeakMap<SiteData, DepartmentPages[]>();

/** Each department's task list, paged by province once it is long; computed once per build. */
export function departmentPages(data: SiteData): DepartmentPages[] {
  let known = cache.get(data);
  if (!known) {
    known = departmentSummaries(data.lexicon, data.units, data.tasks).map((summary) => ({
      id: summary.id,
      summary,
      paged: pageByProvince(summary.tasks, (t) => planOf(data.plans, t.task.plan)),
    }));
    cache.set(data, known);
  }
  return known;
}

export function departmentPagesOf(data: SiteData, id: string): DepartmentPages {
  const found = byId(departmentPages(data), id);
  if (!found) throw new Error(`no department "${id}"`);
  return found;
}

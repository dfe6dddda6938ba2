import { requireId } from './data/index-by.ts';
import { oncePer } from './data/once-per.ts';
import type { SiteData } from './data/site-data.ts';
import { departmentSummaries, type DepartmentSummary, type DepartmentTask } from './department-view.ts';
import { planOf } from './lookups.ts';
import { pageByProvince, type Paged } from './paging/by-province.ts';

export interface DepartmentPages {
  id: string;
  summary: DepartmentSummary;
  paged: Paged<DepartmentTask>;
}

/** Each department's task list, paged by province once it is long; computed once per build. */
export const departmentPages = oncePer((data: SiteData): DepartmentPages[] =>
  departmentSummaries(data.lexicon, data.units, data.tasks).map((summary) => ({
    id: summary.id,
    summary,
    paged: pageByProvince(summary.tasks, (t) => planOf(data.plans, t.task.plan)),
  })),
);

export const departmentPagesOf = (data: SiteData, id: string): DepartmentPages =>
  requireId(departmentPages(data), id, 'department');

import type { IndicatorRecord, PlanRecord, TaskRecord, UnitRecord } from '../../types.ts';
import { referenceEntry } from '../citation/reference.ts';
import { targetSentence, taskSentence } from '../citation/sentence.ts';
import type { SiteData } from '../data/site-data.ts';
import { planOf } from '../lookups.ts';
import { paths } from '../paths.ts';
import { siteLink } from '../site-url.ts';
import { byId, recordsWith } from '../data/index-by.ts';

/** What every download row needs besides its record: plans, names, units, the build date for citations. */
export interface RowContext {
  data: Pick<SiteData, 'plans' | 'lexicon' | 'units' | 'indicators'> & Partial<Pick<SiteData, 'report'>>;
  accessed: string;
}

export const plan = (ctx: RowContext, id: string): PlanRecord => planOf(ctx.data.plans, id);

/** Where the passage is: a full address when the site's address is known, else the path from the site root. */
export const where = (record: { plan: string; id: string }): string => siteLink(paths.record(record.plan, record.id));

export function citationCells(ctx: RowContext, record: IndicatorRecord | TaskRecord): [string, string] {
  const p = plan(ctx, record.plan);
  const sentence = 'name' in record ? targetSentence(p, record) : taskSentence(p, record);
  return [sentence, referenceEntry(p, ctx.accessed)];
}

/** Department functions of a task's units in one role, e.g. 卫生健康、财政. */
export function departmentsOf(ctx: RowContext, task: TaskRecord, role: UnitRecord['role']): string[] {
  const ids = recordsWith(ctx.data.units, 'task', task.id)
    .filter((u) => u.role === role && u.department !== null)
    .map((u) => u.department!);
  return [...new Set(ids)].map((id) => byId(ctx.data.lexicon.departments, id)?.name ?? id);
}

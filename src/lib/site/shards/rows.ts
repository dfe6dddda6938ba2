// A plan's data file writes what every row of the plan shares once, in `plan` (its columns, and
// the 《标题》 each citation sentence opens with), and leaves out of each record's `cells` what the
// record already says outside them; these put the export rows back together, the same for the
// pages that show and export them and for the build that checks them.
import { recordLink } from '../citation/assemble.ts';
import { docTitle, titleOf } from '../citation/doc-title.ts';
import { LEVEL_NAMES } from '../format.ts';
import { siteLink } from '../site-url.ts';
import type { CellValue } from '../tables/table.ts';
import type { ShardPlan, ShardTarget, ShardTask } from './types.ts';

type Column<R> = (plan: ShardPlan, record: R) => CellValue;

/** A record's passage on its plan's page, as `paths.record` makes it. */
export const recordHref = (plan: Pick<ShardPlan, 'href'>, id: string): string => recordLink(plan.href, id);

export const targetHref = (plan: Pick<ShardPlan, 'href'>, t: Pick<ShardTarget, 'record'>): string =>
  recordHref(plan, t.record);

/** A task's section on its plan's task page, as `paths.task` makes it. */
export const taskHref = (plan: Pick<ShardPlan, 'tasks'>, t: Pick<ShardTask, 'task'>): string =>
  recordLink(plan.tasks, t.task);

// siteLink takes '' as "no address": undefined would fall back to the build's own
const where = (plan: ShardPlan, id: string): string => siteLink(recordHref(plan, id), plan.site ?? '');

const PLAN_COLUMNS: Record<string, Column<unknown>> = {
  地区: (p) => p.region,
  层级: (p) => LEVEL_NAMES[p.level],
  规划: (p) => titleOf(p),
  文号: (p) => p.docNumber,
  参考文献: (p) => p.reference,
};

/** The columns of a target's row that its file does not repeat in `cells`, by header. */
export const TARGET_COLUMNS: Record<string, Column<ShardTarget>> = {
  ...PLAN_COLUMNS,
  记录编号: (_, t) => t.record,
  // the comparison lists canonical indicators only, so the row's 标准指标 is the target's name
  标准指标: (_, t) => t.name,
  目标年: (_, t) => t.year,
  属性: (_, t) => t.attribute,
  原文位置: (p, t) => where(p, t.record),
};

export const TASK_COLUMNS: Record<string, Column<ShardTask>> = {
  ...PLAN_COLUMNS,
  记录编号: (_, t) => t.task,
  任务: (_, t) => t.title,
  原文位置: (p, t) => where(p, t.task),
};

/** Columns every value of which opens with the plan's 《标题》（文号）: the file keeps what follows. */
const LEAD_COLUMNS: ReadonlySet<string> = new Set(['引用表述']);

/** The cells a record keeps: its row without the columns `columns` put back, and without the leads. */
export function ownCells<R>(
  headers: readonly string[],
  columns: Record<string, Column<R>>,
  plan: ShardPlan,
  row: readonly CellValue[],
): CellValue[] {
  const lead = docTitle(plan);
  return row.flatMap((v, i) => {
    const h = headers[i]!;
    if (Object.hasOwn(columns, h)) return [];
    return LEAD_COLUMNS.has(h) && typeof v === 'string' && v.startsWith(lead) ? [v.slice(lead.length)] : [v];
  });
}

function fullRow<R extends { cells: readonly CellValue[] }>(
  headers: readonly string[],
  columns: Record<string, Column<R>>,
  plan: ShardPlan,
  record: R,
): CellValue[] {
  const lead = docTitle(plan);
  let own = 0;
  return headers.map((h) => {
    if (Object.hasOwn(columns, h)) return columns[h]!(plan, record) ?? null;
    const v = record.cells[own++] ?? null;
    return LEAD_COLUMNS.has(h) && typeof v === 'string' ? `${lead}${v}` : v;
  });
}

/** A target's whole export row under `headers` (the catalogue's TARGET_HEADERS). */
export const targetCells = (headers: readonly string[], plan: ShardPlan, t: ShardTarget): CellValue[] =>
  fullRow(headers, TARGET_COLUMNS, plan, t);

/** A task's whole export row under `headers` (the catalogue's TASK_HEADERS). */
export const taskCells = (headers: readonly string[], plan: ShardPlan, t: ShardTask): CellValue[] =>
  fullRow(headers, TASK_COLUMNS, plan, t);

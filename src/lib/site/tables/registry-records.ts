import { referenceEntry } from '../citation/reference.ts';
import { LEVEL_NAMES } from '../format.ts';
import { planOf } from '../lookups.ts';
import { paths } from '../paths.ts';
import { siteLink } from '../site-url.ts';
import { unmappedGroups } from '../unmapped.ts';
import type { RowContext } from './context.ts';
import { commonNotes } from './notes.ts';
import { cell, type TableData } from './table.ts';
import { TARGET_HEADERS, targetRow } from './target-rows.ts';
import { TASK_HEADERS, taskRow } from './task-rows.ts';
import type { SiteData } from '../data/site-data.ts';
import { recordsWith } from '../data/index-by.ts';

/** A download by name; its rows are computed when read, so listing the downloads holds none of them. */
export type Named = { name: string; readonly table: TableData };

export const lazyTable = (name: string, make: () => TableData): Named => ({
  name,
  get table() {
    return make();
  },
});

export function recordTables(data: SiteData, ctx: RowContext): Named[] {
  const notes = commonNotes(ctx.accessed);
  const count = (id: string, list: readonly { plan: string }[]) => recordsWith(list, 'plan', id).length;
  const plans = (): TableData => ({
    title: '规划列表',
    headers: [
      '编号',
      '地区',
      '省份',
      '层级',
      '标题',
      '起始年',
      '目标年',
      '发文机关',
      '印发日期',
      '文号',
      '类型',
      '来源网址',
      '目标数',
      '任务数',
      '网站页面',
      '参考文献',
    ],
    rows: data.plans.map((p) =>
      [
        p.id,
        p.region,
        p.province,
        LEVEL_NAMES[p.level],
        p.title,
        p.period[0],
        p.period[1],
        p.issuer,
        p.date,
        p.docNumber,
        p.kind,
        p.url,
        count(p.id, data.indicators),
        count(p.id, data.tasks),
        siteLink(paths.plan(p.id)),
        referenceEntry(p, ctx.accessed),
      ].map(cell),
    ),
    notes,
  });
  const unmapped = (): TableData => ({
    title: '未归入标准指标的目标',
    headers: ['指标名称（归并后）', '使用该名称的规划数', ...TARGET_HEADERS],
    rows: unmappedGroups(data.indicators).flatMap((g) =>
      g.records.map((t) => [g.name, g.plans.length, ...targetRow(ctx, t)]),
    ),
    notes: ['这些目标的名称在词表中没有对应的标准指标，按名称（忽略空格、全半角和末尾单位）归并。', ...notes],
  });
  return [
    lazyTable('plans', plans),
    lazyTable('targets', () => ({
      title: '全部量化目标',
      headers: TARGET_HEADERS,
      rows: data.indicators.map((t) => targetRow(ctx, t)),
      notes,
    })),
    lazyTable('tasks', () => ({
      title: '全部重点任务',
      headers: TASK_HEADERS,
      rows: data.tasks.map((t) => taskRow(ctx, t)),
      notes,
    })),
    lazyTable('unmapped', unmapped),
  ];
}

/** The region of a plan id, for tables keyed by plan. */
export const regionOf = (data: Pick<SiteData, 'plans'>, id: string) => planOf(data.plans, id).region;

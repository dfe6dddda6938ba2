import type { TaskRecord } from '../../types.ts';
import { titleOf } from '../citation/doc-title.ts';
import { plainQuote } from '../citation/verbatim.ts';
import { topicName } from '../lookups.ts';
import { citationCells, departmentsOf, plan, where, type RowContext } from './context.ts';
import { cell, type CellValue } from './table.ts';

export const TASK_HEADERS = [
  '记录编号',
  '地区',
  '规划',
  '文号',
  '所在章节',
  '任务',
  '牵头单位',
  '配合单位',
  '牵头部门（职能）',
  '配合部门（职能）',
  '主题',
  '本任务的目标数',
  '原文位置',
  '原文',
  '引用表述',
  '参考文献',
];

export function taskRow(ctx: RowContext, t: TaskRecord): CellValue[] {
  const p = plan(ctx, t.plan);
  return [
    t.id,
    p.region,
    titleOf(p),
    p.docNumber,
    t.path.join(' / '),
    t.title,
    t.lead,
    t.partners,
    departmentsOf(ctx, t, 'lead'),
    departmentsOf(ctx, t, 'partner'),
    t.topics.map((id) => topicName(ctx.data.lexicon, id)),
    t.indicators.length,
    where(t),
    plainQuote(t.quote, false),
    ...citationCells(ctx, t),
  ].map(cell);
}

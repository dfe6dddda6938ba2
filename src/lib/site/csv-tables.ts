import type { IndicatorRecord, PlanRecord, TaskRecord } from '../types.ts';
import { LEVEL_NAMES, OP_LABELS } from './format.ts';
import type { TargetRow } from './indicator-view.ts';

export const TARGET_HEADERS = [
  '地区', '层级', '规划', '指标（原文）', '目标年', '比较', '目标值', '单位', '目标表述（原文）',
  '基线值', '基线年', '属性', '上级目标', '原文位置', '原文',
];

/** An indicator's table adds its ambition rank in front and comparability behind. */
export const RANKED_TARGET_HEADERS = ['排序', ...TARGET_HEADERS, '可比'];

/** `where` is the link a reader follows back to the source passage. */
export function targetCsvRow(plan: PlanRecord, t: IndicatorRecord, where: string): unknown[] {
  return [
    plan.region, LEVEL_NAMES[plan.level], plan.title ?? plan.id, t.name, t.year, t.op ? OP_LABELS[t.op] : null,
    t.value, t.unit, t.valueText, t.baselineValue, t.baselineYear, t.attribute, t.parentValue, where, t.quote,
  ];
}

export function rankedTargetRows(rows: readonly TargetRow[], where: (t: IndicatorRecord) => string): unknown[][] {
  return rows.map((r) => [r.rank, ...targetCsvRow(r.plan, r.record, where(r.record)), r.comparable ? '是' : '不可比']);
}

export const PLAN_HEADERS = ['编号', '地区', '省份', '层级', '标题', '起始年', '目标年', '发文机关', '印发日期', '文号', '类型', '来源网址', '目标数', '任务数'];

export function planCsvRow(p: PlanRecord, targets: number, tasks: number): unknown[] {
  return [p.id, p.region, p.province, LEVEL_NAMES[p.level], p.title, p.period[0], p.period[1], p.issuer, p.date, p.docNumber, p.kind, p.url, targets, tasks];
}

export const TASK_HEADERS = ['编号', '地区', '规划', '所在章节', '任务', '牵头单位', '配合单位', '主题', '原文位置', '原文'];

export function taskCsvRow(plan: PlanRecord, t: TaskRecord, topics: string[], where: string): unknown[] {
  return [t.id, plan.region, plan.title ?? plan.id, t.path.join(' / '), t.title, t.lead, t.partners, topics, where, t.quote];
}

import type { IndicatorRecord } from '../../types.ts';
import { titleOf } from '../citation/doc-title.ts';
import { plainQuote } from '../citation/verbatim.ts';
import { compareLabel, LEVEL_NAMES } from '../format.ts';
import { parentLevels, parentTarget } from '../parent-target.ts';
import type { TargetRow } from '../indicator-view.ts';
import { indicatorName } from '../lookups.ts';
import { citationCells, plan, where, type RowContext } from './context.ts';
import { cell, type CellValue } from './table.ts';

export const TARGET_HEADERS = [
  '记录编号',
  '地区',
  '层级',
  '规划',
  '文号',
  '标准指标',
  '指标（原文）',
  '目标年',
  '比较',
  '目标值',
  '单位',
  '目标表述（原文）',
  '基线值',
  '基线年',
  '属性',
  '上级目标',
  '来源',
  '原文位置',
  '原文',
  '引用表述',
  '参考文献',
];

/** One target with everything needed to read it alone: unit, year, attribute, plan, quote, citation. */
export function targetRow(ctx: RowContext, t: IndicatorRecord): CellValue[] {
  const p = plan(ctx, t.plan);
  return [
    t.id,
    p.region,
    LEVEL_NAMES[p.level],
    titleOf(p),
    p.docNumber,
    t.indicator ? indicatorName(ctx.data.lexicon, t.indicator) : '（未归入）',
    t.name,
    t.year,
    compareLabel(t) || null,
    t.value,
    t.unit,
    t.valueText,
    t.baselineValue,
    t.baselineYear,
    t.attribute,
    parentTarget(t, parentLevels(ctx.data.report ?? null, t.plan)) || null,
    t.source === 'table' ? '表格' : '正文',
    where(t),
    plainQuote(t.quote, t.source === 'table'),
    ...citationCells(ctx, t),
  ].map(cell);
}

/** An indicator's table adds, in front, where the target stands among those for the same year. */
export const RANKED_HEADERS = ['目标年内排序', '可比', '不可比原因', '比较单位', ...TARGET_HEADERS];

export function rankedRow(ctx: RowContext, r: TargetRow, unit: string | null): CellValue[] {
  const reason = r.verdict.comparable ? null : r.verdict.reason;
  return [
    r.rank,
    r.verdict.comparable ? (r.best ? '是（最积极）' : '是') : '不可比',
    reason,
    unit,
    ...targetRow(ctx, r.record),
  ];
}

import { titleOf } from '../citation/doc-title.ts';
import type { SiteData } from '../data/site-data.ts';
import { indicatorSummaries } from '../indicator-index.ts';
import { paths } from '../paths.ts';
import { allQuality } from '../quality-all.ts';
import { siteLink } from '../site-url.ts';
import type { RowContext } from './context.ts';
import { commonNotes } from './notes.ts';
import type { Named } from './registry-records.ts';
import { cell } from './table.ts';

export const QUALITY_HEADERS = [
  '编号',
  '地区',
  '规划',
  '目标',
  '其中来自表格',
  '未归入标准指标',
  '任务',
  '责任单位',
  '单位被略去',
  '目录条目',
  '段落',
  '自动修复',
  '原文“(略)”处数',
  '略去标记',
  '疑似截断',
  '其他警告',
  '网站页面',
];

export function indexTables(data: SiteData, ctx: RowContext): Named[] {
  const notes = commonNotes(ctx.accessed);
  const indicators = indicatorSummaries(data.lexicon, data.indicators).map((s) =>
    [
      s.id,
      s.name,
      s.category,
      s.entry?.unit ?? null,
      s.entry ? (s.entry.better === 'higher' ? '越高越积极' : '越低越积极') : '未知',
      s.plans,
      s.records.length,
      siteLink(paths.indicator(s.id)),
    ].map(cell),
  );
  const quality = allQuality(data).map((q) =>
    [
      q.plan.id,
      q.plan.region,
      titleOf(q.plan),
      q.counts.targets,
      q.counts.tableTargets,
      q.counts.unmapped,
      q.counts.tasks,
      q.counts.units,
      q.counts.redactedUnits,
      q.counts.outline,
      q.counts.paragraphs,
      q.issues.repair.length,
      q.redactedMarks,
      q.issues.redaction.length,
      q.issues.truncation.length,
      q.issues.damage.length,
      siteLink(paths.plan(q.plan.id)),
    ].map(cell),
  );
  return [
    {
      name: 'indicators',
      table: {
        title: '标准指标列表',
        headers: ['编号', '标准指标', '类别', '单位', '方向', '规划数', '目标数', '网站页面'],
        rows: indicators,
        notes,
      },
    },
    { name: 'quality', table: { title: '各规划抽取情况', headers: QUALITY_HEADERS, rows: quality, notes } },
  ];
}

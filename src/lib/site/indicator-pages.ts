import { requireId } from './data/index-by.ts';
import { oncePer } from './data/once-per.ts';
import type { SiteData } from './data/site-data.ts';
import { indicatorSummaries, type IndicatorSummary } from './indicator-index.ts';
import { indicatorView, viewRows, type IndicatorView, type TargetRow } from './indicator-view.ts';
import { pageByProvince, type Paged } from './paging/by-province.ts';

export interface IndicatorPages extends Paged<TargetRow> {
  /** The canonical indicator's id (the summary's), for lookups. */
  id: string;
  summary: IndicatorSummary;
  view: IndicatorView;
}

/** Every indicator's view and table pages, computed once per build for all the pages that show them. */
export const indicatorPages = oncePer((data: SiteData): IndicatorPages[] =>
  indicatorSummaries(data.lexicon, data.indicators).map((summary) => {
    const view = indicatorView(summary.entry, summary.name, summary.records, data.plans);
    return { id: summary.id, summary, view, ...pageByProvince(viewRows(view), (row) => row.plan) };
  }),
);

/** Rows grouped as the table shows them: each target year most ambitious first, then those not comparable. */
export function tableGroups(rows: readonly TargetRow[]): { label: string; rows: TargetRow[] }[] {
  const years = [...new Set(rows.flatMap((r) => (r.verdict.comparable ? [r.verdict.year] : [])))].sort((a, b) => a - b);
  const groups = years.map((year) => ({
    label: `${year}年目标（按积极程度排序）`,
    rows: rows
      .filter((r) => r.verdict.comparable && r.verdict.year === year)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)),
  }));
  const others = rows.filter((r) => !r.verdict.comparable);
  return others.length > 0 ? [...groups, { label: '不可比的目标', rows: others }] : groups;
}

/** One indicator's pages by its id. */
export const indicatorPagesOf = (data: SiteData, id: string): IndicatorPages =>
  requireId(indicatorPages(data), id, 'indicator');

import type { APIRoute } from 'astro';
import { csvDocument, csvResponse } from '../../lib/site/csv.ts';
import { RANKED_TARGET_HEADERS, rankedTargetRows } from '../../lib/site/csv-tables.ts';
import { siteData } from '../../lib/site/data/site-data.ts';
import { indicatorSummaries, type IndicatorSummary } from '../../lib/site/indicator-index.ts';
import { indicatorView } from '../../lib/site/indicator-view.ts';
import { paths } from '../../lib/site/paths.ts';

export function getStaticPaths() {
  const data = siteData();
  return indicatorSummaries(data.lexicon, data.indicators).map((summary) => ({ params: { indicator: summary.id }, props: { summary } }));
}

export const GET: APIRoute<{ summary: IndicatorSummary }> = ({ props }) => {
  const data = siteData();
  const view = indicatorView(props.summary.entry, props.summary.records, data.plans);
  return csvResponse(csvDocument(RANKED_TARGET_HEADERS, rankedTargetRows(view.rows, (t) => paths.record(t.plan, t.id))));
};

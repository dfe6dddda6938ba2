import type { APIRoute } from 'astro';
import { csvDocument, csvResponse } from '../../lib/site/csv.ts';
import { TARGET_HEADERS, targetCsvRow } from '../../lib/site/csv-tables.ts';
import { siteData } from '../../lib/site/data/site-data.ts';
import { planOf } from '../../lib/site/lookups.ts';
import { paths } from '../../lib/site/paths.ts';

/** Every target of every plan, in export order; ambition ranks only make sense per indicator. */
export const GET: APIRoute = () => {
  const data = siteData();
  const rows = data.indicators.map((t) => targetCsvRow(planOf(data.plans, t.plan), t, paths.record(t.plan, t.id)));
  return csvResponse(csvDocument(TARGET_HEADERS, rows));
};

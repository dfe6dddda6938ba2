import type { APIRoute } from 'astro';
import { csvDocument, csvResponse } from '../../lib/site/csv.ts';
import { PLAN_HEADERS, planCsvRow } from '../../lib/site/csv-tables.ts';
import { siteData } from '../../lib/site/data/site-data.ts';

export const GET: APIRoute = () => {
  const data = siteData();
  const count = (id: string, list: readonly { plan: string }[]) => list.filter((r) => r.plan === id).length;
  const rows = data.plans.map((p) => planCsvRow(p, count(p.id, data.indicators), count(p.id, data.tasks)));
  return csvResponse(csvDocument(PLAN_HEADERS, rows));
};

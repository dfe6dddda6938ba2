import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/site/build-date.ts';
import { compareData } from '../../lib/site/compare-data.ts';
import { siteData } from '../../lib/site/data/site-data.ts';
import { byChinese } from '../../lib/site/group.ts';

/** Fetched by the compare page when a reader exports a selection, so the page itself stays small. */
export const GET: APIRoute = () => {
  const data = siteData();
  const plans = [...data.plans].sort((a, b) => byChinese(a.region, b.region) || a.period[1] - b.period[1]);
  const body = JSON.stringify(compareData(data, plans, { data, accessed: buildDate() }));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { buildDate } from '../../../lib/site/build-date.ts';
import { siteData } from '../../../lib/site/data/site-data.ts';
import { jsonResponse } from '../../../lib/site/shards/json-response.ts';
import { planShard } from '../../../lib/site/shards/plan-shards.ts';

export function getStaticPaths() {
  return siteData().plans.map((p) => ({ params: { plan: p.id } }));
}

export const GET: APIRoute = ({ params }) => jsonResponse(planShard(siteData(), params['plan']!, buildDate()));

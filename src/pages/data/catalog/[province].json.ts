import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/site/data/site-data.ts';
import { catalogOf, catalogProvinces } from '../../../lib/site/shards/catalog.ts';
import { jsonResponse } from '../../../lib/site/shards/json-response.ts';

export function getStaticPaths() {
  return catalogProvinces(siteData().plans).map((p) => ({ params: { province: p.key }, props: { name: p.name } }));
}

export const GET: APIRoute<{ name: string }> = ({ props }) => jsonResponse(catalogOf(siteData().plans, props.name));

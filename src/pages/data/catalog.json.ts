import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/site/build-date.ts';
import { siteData } from '../../lib/site/data/site-data.ts';
import { jsonResponse } from '../../lib/site/shards/json-response.ts';
import { catalogIndex } from '../../lib/site/shards/catalog-index.ts';

export const GET: APIRoute = () => jsonResponse(catalogIndex(siteData(), buildDate()));

import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site/data/site-data.ts';
import { dataZip } from '../../lib/site/zip/data-zip.ts';

export const GET: APIRoute = () =>
  new Response(dataZip(siteData()), { headers: { 'Content-Type': 'application/zip' } });

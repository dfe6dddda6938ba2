import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site/data/site-data.ts';
import { downloadTable, downloadTables } from '../../lib/site/tables/registry.ts';
import { tableWorkbook } from '../../lib/site/tables/xlsx/table-book.ts';

export function getStaticPaths() {
  return downloadTables(siteData()).map(({ name }) => ({ params: { name } }));
}

// rows are computed here, one table at a time, so the build never holds every download at once
export const GET: APIRoute = ({ params }) =>
  new Response(tableWorkbook(downloadTable(siteData(), params['name']!)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });

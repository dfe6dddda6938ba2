import type { APIRoute } from 'astro';
import { csvDocument, csvResponse } from '../../lib/site/csv.ts';
import { siteData } from '../../lib/site/data/site-data.ts';
import { csvInArchive } from '../../lib/site/tables/archive-csv.ts';
import { downloadTable, downloadTables } from '../../lib/site/tables/registry.ts';

export function getStaticPaths() {
  return downloadTables(siteData())
    .filter(({ name }) => csvInArchive(name) === null)
    .map(({ name }) => ({ params: { name } }));
}

// rows are computed here, one table at a time, so the build never holds every download at once
export const GET: APIRoute = ({ params }) => {
  const table = downloadTable(siteData(), params['name']!);
  return csvResponse(csvDocument(table.headers, table.rows));
};

import type { APIRoute } from 'astro';
import { csvDocument, csvResponse } from '../../lib/site/csv.ts';
import { siteData } from '../../lib/site/data/site-data.ts';
import { downloadTables } from '../../lib/site/tables/registry.ts';
import type { TableData } from '../../lib/site/tables/table.ts';

export function getStaticPaths() {
  return downloadTables(siteData()).map(({ name, table }) => ({ params: { name }, props: { table } }));
}

export const GET: APIRoute<{ table: TableData }> = ({ props }) =>
  csvResponse(csvDocument(props.table.headers, props.table.rows));

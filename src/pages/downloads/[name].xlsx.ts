import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site/data/site-data.ts';
import { downloadTables } from '../../lib/site/tables/registry.ts';
import type { TableData } from '../../lib/site/tables/table.ts';
import { tableWorkbook } from '../../lib/site/tables/xlsx/table-book.ts';

export function getStaticPaths() {
  return downloadTables(siteData()).map(({ name, table }) => ({ params: { name }, props: { table } }));
}

export const GET: APIRoute<{ table: TableData }> = ({ props }) =>
  new Response(tableWorkbook(props.table), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });

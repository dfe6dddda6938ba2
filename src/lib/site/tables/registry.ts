import { buildDate } from '../build-date.ts';
import { oncePer } from '../data/once-per.ts';
import type { SiteData } from '../data/site-data.ts';
import { indexTables } from './registry-indexes.ts';
import { pageTables } from './registry-pages.ts';
import { recordTables, type Named } from './registry-records.ts';
import type { TableData } from './table.ts';

/** Every downloadable table of the site by name; pages link to them and the endpoints write them. */
export const downloadTables = oncePer((data: SiteData): Named[] => {
  const ctx = { data, accessed: buildDate() };
  return [...recordTables(data, ctx), ...indexTables(data, ctx), ...pageTables(data, ctx)];
});

export function downloadTable(data: SiteData, name: string): TableData {
  const found = downloadTables(data).find((t) => t.name === name);
  if (!found) throw new Error(`no download table named "${name}"`);
  return found.table;
}

import { buildDate } from '../build-date.ts';
import type { SiteData } from '../data/site-data.ts';
import { indexTables } from './registry-indexes.ts';
import { pageTables } from './registry-pages.ts';
import { recordTables, type Named } from './registry-records.ts';
import type { TableData } from './table.ts';

const cache = new WeakMap<object, Named[]>();

/** Every downloadable table of the site by name; pages link to them and the endpoints write them. */
export function downloadTables(data: SiteData): Named[] {
  const known = cache.get(data);
  if (known) return known;
  const ctx = { data, accessed: buildDate() };
  const tables = [...recordTables(data, ctx), ...indexTables(data, ctx), ...pageTables(data, ctx)];
  cache.set(data, tables);
  return tables;
}

export function downloadTable(data: SiteData, name: string): TableData {
  const found = downloadTables(data).find((t) => t.name === name);
  if (!found) throw new Error(`no download table named "${name}"`);
  return found.table;
}

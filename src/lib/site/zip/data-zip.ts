import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { toCsv } from '../../export/csv.ts';
import { buildDate } from '../build-date.ts';
import { csvDocument } from '../csv.ts';
import type { SiteData } from '../data/site-data.ts';
import { planText } from '../data/source.ts';
import { paths } from '../paths.ts';
import { siteLink } from '../site-url.ts';
import { CSV_IN_ARCHIVE } from '../tables/archive-csv.ts';
import { downloadTable } from '../tables/registry.ts';
import { dataReadme, RECORD_FILES } from './readme.ts';
import { streamZip, type ZipEntry } from './stream-zip.ts';

/** The export's own CSV when it wrote one; otherwise the same rows from the JSON, columns in README order. */
function recordsCsv(dir: string, name: string, json: Uint8Array, columns: string[]): Uint8Array | string {
  const path = join(dir, `${name}.csv`);
  if (existsSync(path)) return readFileSync(path);
  return toCsv(JSON.parse(strFromU8(json)) as Record<string, unknown>[], columns);
}

/**
 * Everything the site shows as data: records (JSON and CSV as exported), decoded texts, cited
 * tables, a README. Each file is compressed as it is added and then let go, so a large library's
 * archive never needs all its files in memory at once (only the compressed archive).
 */
export function dataZip(data: SiteData): Uint8Array<ArrayBuffer> {
  return streamZip(entries(data));
}

function* entries(data: SiteData): Generator<ZipEntry> {
  yield ['README.md', dataReadme(buildDate(), siteLink(paths.home()))];
  for (const [name, , docs] of RECORD_FILES) {
    const json = readFileSync(join(data.dirs.data, `${name}.json`));
    yield [`records/${name}.json`, json];
    yield [`records/${name}.csv`, recordsCsv(data.dirs.data, name, json, Object.keys(docs))];
  }
  for (const plan of data.plans) yield [`texts/${plan.id}.txt`, planText(plan, data.dirs)];
  for (const [name, path] of Object.entries(CSV_IN_ARCHIVE)) {
    const table = downloadTable(data, name);
    yield [path, csvDocument(table.headers, table.rows)];
  }
}

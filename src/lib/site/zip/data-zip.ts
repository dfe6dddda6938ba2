import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Everything the site shows as data: records (the JSON as exported), decoded texts, cited tables,
 * a README. The records are not repeated as CSV, which doubled the archive: who wants a
 * spreadsheet has the cited tables, each row readable alone, and the site's Excel downloads. Each
 * file is compressed as it is added and then let go, so a large library's archive never needs all
 * its files in memory at once (only the compressed archive).
 */
export function dataZip(data: SiteData): Uint8Array<ArrayBuffer> {
  return streamZip(entries(data));
}

function* entries(data: SiteData): Generator<ZipEntry> {
  yield ['README.md', dataReadme(buildDate(), siteLink(paths.home()))];
  for (const [name] of RECORD_FILES) yield [`records/${name}.json`, readFileSync(join(data.dirs.data, `${name}.json`))];
  for (const plan of data.plans) yield [`texts/${plan.id}.txt`, planText(plan, data.dirs)];
  for (const [name, path] of Object.entries(CSV_IN_ARCHIVE)) {
    const table = downloadTable(data, name);
    yield [path, csvDocument(table.headers, table.rows)];
  }
}

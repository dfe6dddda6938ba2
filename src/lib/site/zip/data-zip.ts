import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { toCsv } from '../../export/csv.ts';
import { buildDate } from '../build-date.ts';
import { csvDocument } from '../csv.ts';
import type { SiteData } from '../data/site-data.ts';
import { planText } from '../data/source.ts';
import { paths } from '../paths.ts';
import { siteLink } from '../site-url.ts';
import { downloadTable } from '../tables/registry.ts';
import { dataReadme, RECORD_FILES } from './readme.ts';

/** Fixed entry times keep a rebuilt archive byte for byte the same. */
const MTIME = new Date(2020, 0, 1);

const entry = (content: string | Uint8Array): Zippable[string] => [
  typeof content === 'string' ? strToU8(content) : content,
  { mtime: MTIME },
];

/** The export's own CSV when it wrote one; otherwise the same rows from the JSON, columns in README order. */
function recordsCsv(dir: string, name: string, json: Uint8Array, columns: string[]): Uint8Array | string {
  const path = join(dir, `${name}.csv`);
  if (existsSync(path)) return readFileSync(path);
  return toCsv(JSON.parse(strFromU8(json)) as Record<string, unknown>[], columns);
}

/** Everything the site shows as data: records (JSON and CSV as exported), decoded texts, cited tables, a README. */
export function dataZip(data: SiteData): Uint8Array<ArrayBuffer> {
  const files: Zippable = { 'README.md': entry(dataReadme(buildDate(), siteLink(paths.home()))) };
  for (const [name, , docs] of RECORD_FILES) {
    const json = readFileSync(join(data.dirs.data, `${name}.json`));
    files[`records/${name}.json`] = entry(json);
    files[`records/${name}.csv`] = entry(recordsCsv(data.dirs.data, name, json, Object.keys(docs)));
  }
  for (const plan of data.plans) files[`texts/${plan.id}.txt`] = entry(planText(plan, data.dirs));
  for (const [name, file] of [
    ['targets', 'targets-cited'],
    ['tasks', 'tasks-cited'],
  ] as const) {
    const table = downloadTable(data, name);
    files[`tables/${file}.csv`] = entry(csvDocument(table.headers, table.rows));
  }
  // zipSync allocates a fresh ArrayBuffer (never a shared one), which is what a Response body takes.
  return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

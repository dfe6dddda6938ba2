// Builds the search index of one export in a process of its own, so its time and peak memory
// are the index build's alone. Usage: node --import tsx build-child.ts DATA CONTENT LEXICON OUT
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../lexicon/load.ts';
import { exportSearchInput } from '../build/export-input.ts';
import { buildSearchIndex } from '../build/index.ts';

const [data, content, lexicon, out] = process.argv.slice(2) as [string, string, string, string];
// The caller gives a fresh folder: deleting a previous index of a hundred thousand files here
// would keep the disk busy (and slow every write) while this build is timed.
if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty`);
mkdirSync(out, { recursive: true });
const started = performance.now();
const stats = buildSearchIndex(exportSearchInput(data, content, loadLexicon(lexicon)), (name, bytes) =>
  writeFileSync(join(out, name), bytes),
);
console.log(JSON.stringify({ ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS, ...stats }));

// Builds the search index of one export in a process of its own, so its time and peak memory
// are the index build's alone. Usage: tsx build-child.ts DATA CONTENT LEXICON OUT
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../../lexicon/load.ts';
import { exportSearchInput } from '../build/export-input.ts';
import { buildSearchIndex } from '../build/index.ts';

const [data, content, lexicon, out] = process.argv.slice(2) as [string, string, string, string];
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const started = performance.now();
const stats = buildSearchIndex(exportSearchInput(data, content, loadLexicon(lexicon)), (name, bytes) => writeFileSync(join(out, name), bytes));
console.log(JSON.stringify({ ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS, ...stats }));

// Extracts the plans into the export and builds the site from it, both from the directories
// the PLANATLAS_* variables name (the defaults otherwise), so a corpus kept elsewhere builds
// with the same command. Each step runs in its own process, so the memory the extraction held
// is given back before the pages are rendered.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { siteDirs } from '../src/lib/site/data/dirs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dirs = siteDirs();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

let started = performance.now();
// the extract command takes the cache folder (or PLANATLAS_CACHE=off) from the environment itself
const extract = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'scripts/extract.ts', '--out', dirs.data, '--plans', dirs.content, '--lexicon', dirs.lexicon],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 30 },
);
if (extract.error) throw extract.error;
// one line per plan is too much for a build log; the closing summary says what happened
const summary = extract.stdout.trimEnd().split('\n').at(-1) ?? '';
console.log(`planatlas: extraction ${seconds(started)} s · ${summary}`);
if (extract.status === 2) process.exit(2);

started = performance.now();
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const site = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (site.error) throw site.error;
console.log(`planatlas: site ${seconds(started)} s`);
// the site is built from the plans that could be read; a plan that could not still fails the command
process.exitCode = site.status || extract.status || 0;

// Site benchmark: synthetic libraries of the chosen sizes, each built from nothing with the
// project's own `npm run build`, then rebuilt after one plan is changed and one added.
// Usage: npm run bench:site -- [--sizes 100,1000,5000] [--no-rebuild]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportRuns } from '../src/lib/bench/site/report.ts';
import { runSize, type SizeRun } from '../src/lib/bench/site/run-size.ts';
import { baseCorpus } from '../src/lib/search/bench/base.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '100,1000,5000' }, 'no-rebuild': { type: 'boolean', default: false } },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const root = resolve(import.meta.dirname, '..');
const work = join(root, 'tmp', 'bench-site');
mkdirSync(work, { recursive: true });
const log = (line: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${line}`);

const { bases } = await baseCorpus(root, work);
const runs: SizeRun[] = [];
for (const n of sizes) {
  runs.push(await runSize(n, { root, work, bases, rebuild: !values['no-rebuild'], log }));
  // each size's figures are kept as they come, so a long run that is stopped still leaves them
  writeFileSync(join(work, 'results.md'), reportRuns(runs).join('\n'));
}
console.log(`# Site benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node})\n`);
console.log(reportRuns(runs).join('\n'));

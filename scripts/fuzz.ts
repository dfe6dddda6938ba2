// The long fuzz run: FUZZ_RUNS mutants of the seeds and samples (payloads repeated up to
// FUZZ_MAX_TIMES times) plus the known stress inputs, each in a worker stopped after
// FUZZ_TIMEOUT_MS; prints the figures the README quotes and writes failing cases to tmp/fuzz/.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { loadBases } from '../tests/fuzz/bases.ts';
import { caseArb, describeCase } from '../tests/fuzz/cases.ts';
import { MS_PER_100KB, SLACK_MS, type Outcome } from '../tests/fuzz/check.ts';
import { mutate } from '../tests/fuzz/mutate.ts';
import { stressCases } from '../tests/fuzz/stress.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const RUNS = env('FUZZ_RUNS', 1000);
const SEED = env('FUZZ_SEED', 1);
const MAX_TIMES = env('FUZZ_MAX_TIMES', 2000);
const TIMEOUT_MS = env('FUZZ_TIMEOUT_MS', 30_000);

let worker = new Worker(new URL('./fuzz-worker.ts', import.meta.url));

function run(text: string, format: 'txt' | 'md'): Promise<Outcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      worker = new Worker(new URL('./fuzz-worker.ts', import.meta.url));
      resolve({ ms: TIMEOUT_MS, msPer100KB: Number.NaN, failure: `still running after ${TIMEOUT_MS} ms (stopped)` });
    }, TIMEOUT_MS);
    worker.once('message', (outcome: Outcome) => {
      clearTimeout(timer);
      resolve(outcome);
    });
    worker.postMessage({ text, format });
  });
}

const bases = loadBases();
const cases = [
  ...stressCases(bases),
  ...fc.sample(caseArb(bases, MAX_TIMES), { seed: SEED, numRuns: RUNS }).map((c) => ({
    name: describeCase(c),
    text: mutate(c.base.text, c.mutations),
    format: c.base.format,
  })),
];
mkdirSync('tmp/fuzz', { recursive: true });
let maxRate = 0;
let overGoal = 0;
const failures: string[] = [];
for (const [i, c] of cases.entries()) {
  const outcome = await run(c.text, c.format);
  const kb = Buffer.byteLength(c.text, 'utf8') / 1000;
  if (Number.isFinite(outcome.msPer100KB)) maxRate = Math.max(maxRate, outcome.msPer100KB);
  const slow = outcome.ms > (MS_PER_100KB * kb) / 100 + SLACK_MS;
  if (slow) overGoal++;
  if (outcome.failure || slow) {
    const why = outcome.failure ?? `took ${outcome.ms.toFixed(0)} ms for ${kb.toFixed(1)} KB`;
    failures.push(`#${i} ${why}: ${c.name.slice(0, 300)}`);
    writeFileSync(`tmp/fuzz/case-${i}.txt`, c.text);
  }
  if ((i + 1) % 100 === 0) console.error(`… ${i + 1} of ${cases.length}`);
}
await worker.terminate();
console.log(`fuzz: seed ${SEED}, ${cases.length} cases (${RUNS} mutants + ${cases.length - RUNS} stress inputs)`);
console.log(
  `max ${maxRate.toFixed(0)} ms per 100 KB; over the goal of ${MS_PER_100KB} ms per 100 KB (+${SLACK_MS} ms): ${overGoal}`,
);
console.log(`failures: ${failures.length}${failures.length ? ' (texts in tmp/fuzz/)' : ''}`);
for (const f of failures) console.log(`  ${f}`);
process.exitCode = failures.length > 0 ? 1 : 0;

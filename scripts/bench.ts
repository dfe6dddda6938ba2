import { parseArgs } from 'node:util';
import { formatBench } from '../src/lib/bench/format-bench.ts';
import { runBench } from '../src/lib/bench/run-bench.ts';
import { extractPlan } from '../src/lib/extract/index.ts';
import { loadLexicon } from '../src/lib/lexicon/load.ts';

const USAGE =
  'usage: npm run bench -- [--runs N (20)] [--read-runs N (3)] [--plans DIR (content/plans)] [--lexicon DIR (content/lexicon)]';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    'read-runs': { type: 'string', default: '3' },
    plans: { type: 'string', default: 'content/plans' },
    lexicon: { type: 'string', default: 'content/lexicon' },
  },
  strict: true,
  allowPositionals: false,
});
const runs = Number(values.runs);
const readRuns = Number(values['read-runs']);
if (![runs, readRuns].every((n) => Number.isInteger(n) && n >= 1)) {
  console.error(`error: --runs and --read-runs must be positive whole numbers\n${USAGE}`);
  process.exit(2);
}

const result = await runBench(
  { plans: values.plans, lexicon: values.lexicon, runs, readRuns },
  { extractPlan, loadLexicon },
);
for (const line of formatBench(result)) console.log(line);

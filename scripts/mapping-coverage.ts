// Prints how much of each folder's targets the lexicon maps: table rows, statistical sentence
// targets (rates, shares, per-capita counts …), all sentence targets, and how many canonical
// indicators several regions set. Usage: npx tsx scripts/mapping-coverage.ts [DIR …]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractPlan } from '../src/lib/extract/index.ts';
import { formatSummary } from '../src/lib/lexicon/coverage/format-summary.ts';
import { mappingRows, mappingSummary } from '../src/lib/lexicon/coverage/mapping.ts';
import { loadLexicon } from '../src/lib/lexicon/load.ts';
import { loadCorpus } from '../src/lib/read/load-corpus.ts';

const root = join(import.meta.dirname, '..');
const dirs =
  process.argv.length > 2 ? process.argv.slice(2) : [join(root, 'content/plans'), join(root, '../shared/samples')];
const lexicon = loadLexicon(join(root, 'content/lexicon'));

for (const dir of dirs.filter((d) => existsSync(d))) {
  const results = loadCorpus(dir).sources.map((s) => extractPlan(s, lexicon));
  const rows = mappingRows(results.flatMap((r) => r.indicators));
  const summary = mappingSummary(
    rows,
    results.map((r) => r.plan),
  );
  console.log(formatSummary(dir, summary).join('\n'));
}

// Search benchmark: tokenizer recall on the real plans, then synthetic corpora of the chosen
// sizes — extraction, index build, index size, and queries in headless Chromium against a
// static server sending precompressed gzip, side by side with Pagefind over the same pages.
// Usage: npm run bench:search -- [--sizes 100,1000,5000] [--no-pagefind] [--pagefind-max N] [--runs 3]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasChromium, launchChromium } from '../tests/e2e/browser.ts';
import { evaluateTokenizers, segmentQueries } from '../src/lib/search/bench/tokenizer-eval.ts';
import { reportSize } from '../src/lib/search/bench/report.ts';
import { runSize } from '../src/lib/search/bench/run-size.ts';
import { baseCorpus } from '../src/lib/search/bench/base.ts';

export const QUERIES = [
  '托位',
  '床位数',
  '高血压规范管理率',
  '家庭医生签约',
  '中医馆',
  '2025 床位',
  '每千常住人口床位数',
  '婴幼儿',
  '签约服务',
  '7.5',
];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    'no-pagefind': { type: 'boolean', default: false },
    'pagefind-max': { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const root = resolve(import.meta.dirname, '..');
const work = join(root, 'tmp', 'bench-search');
mkdirSync(work, { recursive: true });
const log = (s: string) => console.error(s);

const base = await baseCorpus(root, work);
console.log(
  '# Search benchmark\n\n## Tokenizers on the project plans (paragraphs holding the query; FlexSearch indexes)\n',
);
console.log(
  '| tokenizer | query | paragraphs with the query | found | recall | precision |\n|---|---|---|---|---|---|',
);
for (const s of evaluateTokenizers(base.paragraphs, QUERIES))
  console.log(
    `| ${s.tokenizer} | ${s.query} | ${s.truth} | ${s.found} | ${(s.recall * 100).toFixed(0)}% | ${(s.precision * 100).toFixed(0)}% |`,
  );
console.log(
  `\nIntl.Segmenter in Node ${process.versions.node} (ICU ${process.versions.icu}): ${segmentQueries(QUERIES).join('  ')}`,
);
if (hasChromium) {
  const browser = await launchChromium();
  const page = await browser.newPage();
  const cut = await page.evaluate(
    (qs) =>
      qs.map((q) =>
        [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(q.toLowerCase())]
          .filter((s) => s.isWordLike)
          .map((s) => s.segment)
          .join('|'),
      ),
    QUERIES,
  );
  console.log(`Intl.Segmenter in Chromium ${browser.version()}: ${cut.join('  ')}`);
  await browser.close();
} else console.log('Chromium is not installed: browser measurements skipped');

if (hasChromium) {
  for (const n of sizes) {
    // Pagefind needs about 4 GB per 1,000 plans here: --pagefind-max leaves it out above a size.
    const pagefind = !values['no-pagefind'] && n <= Number(values['pagefind-max']);
    const result = await runSize(n, {
      runs: Math.max(1, Number(values.runs) || 1),
      root,
      work,
      bases: base.bases,
      queries: QUERIES,
      pagefind,
      browser: launchChromium,
      log,
    });
    console.log(`\n${reportSize(result).join('\n')}`);
  }
}

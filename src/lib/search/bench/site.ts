import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { ParagraphEntry, PlanRecord } from '../../types.ts';
import { groupParagraphs, paragraphsWithText } from '../build/plan-paragraphs.ts';
import { readExportJson, readPlanText } from '../build/read-export.ts';
import { fileNames } from '../format.ts';

const esc = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/**
 * One page per plan with its whole text in anchored paragraphs, as the site's plan pages show
 * it: the pages Pagefind indexes. Our index does not read them; it is built from the export.
 */
export function writePlanPages(siteDir: string, dataDir: string, contentDir: string): number {
  const byPlan = groupParagraphs(readExportJson<(ParagraphEntry & { plan: string })[]>(dataDir, 'paragraphs.json'));
  const plans = readExportJson<PlanRecord[]>(dataDir, 'plans.json');
  for (const plan of plans) {
    const text = readPlanText(contentDir, plan.file);
    const body = [...paragraphsWithText(text, byPlan.get(plan.id) ?? [])]
      .map(({ entry, text: t }) => `<p id="${esc(entry.anchor)}">${esc(t)}</p>`)
      .join('\n');
    const dir = join(siteDir, 'plans', plan.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(plan.region)} · ${esc(plan.title ?? '')}</title></head><body><main data-pagefind-body><h1>${esc(plan.title ?? plan.region)}</h1>\n${body}</main></body></html>`,
    );
  }
  return plans.length;
}

/**
 * The bench pages. Ours is the results page as the site serves it: the script as a module in
 * the head, the index version and a preload of the head file (manifest and plan table) in the markup, the
 * same elements, and some Chinese text before the results as the site's header and form have
 * (the first Chinese text a page lays out costs a font lookup the site pays at first paint). Pagefind's loads its script, and searches at once when opened with ?q=.
 */
export async function writeBenchPages(siteDir: string, root: string, version: string): Promise<void> {
  mkdirSync(join(siteDir, 'bench'), { recursive: true });
  // FlexSearch's compact build, as the site's build takes it (see astro.config.mjs).
  const alias = { flexsearch: join(root, 'node_modules/flexsearch/dist/flexsearch.compact.module.min.js') };
  await build({
    entryPoints: [join(root, 'src/lib/search/bench/entry.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    alias,
    outfile: join(siteDir, 'bench', 'search.js'),
    logLevel: 'silent',
  });
  const preload = `<link rel="preload" as="fetch" crossorigin="anonymous" href="/search/${fileNames.head}?v=${version}">`;
  writeFileSync(
    join(siteDir, 'bench', 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">
<script type="module" src="/bench/search.js"></script>
<style>.search-result { content-visibility: auto; contain-intrinsic-size: auto 9rem; }</style></head><body>
<header><nav><a href="/">规划指标库</a> <a href="/indicators/">指标</a> <a href="/topics/">主题</a> <a href="/plans/">规划</a> <a href="/compare/">对比</a></nav></header>
<h1>检索</h1>
<form><label for="search-q-main">检索指标、任务和规划原文</label> <input id="search-q-main" type="search" name="q" data-search-input autocomplete="off" spellcheck="false" placeholder="如：托位、床位数、家庭医生签约"> <button type="submit">检索</button></form>
${preload}
<div data-search-root data-base="/" data-index="/search/" data-version="${version}"><p data-search-status></p><div data-search-tabs></div><aside data-search-facets></aside><ol data-search-results></ol><button data-search-more hidden></button></div>
</body></html>`,
  );
  mkdirSync(join(siteDir, 'pf'), { recursive: true });
  writeFileSync(
    join(siteDir, 'pf', 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>pf</title><link rel="icon" href="data:,"></head><body>
<script type="module">
window.pagefind = await import('/pagefind/pagefind.js');
window.pagefindReady = true;
const q = new URLSearchParams(location.search).get('q');
if (q) {
  const found = await window.pagefind.search(q);
  await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  window.pfCount = found.results.length;
  window.pfShown = performance.now();
}
</script></body></html>`,
  );
}

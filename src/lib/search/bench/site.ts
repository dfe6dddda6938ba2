import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { readSource } from '../../read/read-source.ts';
import { readJson } from '../../site/data/read-json.ts';
import type { ParagraphEntry, PlanRecord } from '../../types.ts';
import { groupParagraphs, paragraphsWithText } from '../build/plan-paragraphs.ts';

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/**
 * One page per plan with its whole text in anchored paragraphs, as the site's plan pages show
 * it: the pages Pagefind indexes. Our index does not read them; it is built from the export.
 */
export function writePlanPages(siteDir: string, dataDir: string, contentDir: string): number {
  const byPlan = groupParagraphs(readJson<(ParagraphEntry & { plan: string })[]>(dataDir, 'paragraphs.json'));
  const plans = readJson<PlanRecord[]>(dataDir, 'plans.json');
  for (const plan of plans) {
    const text = readSource(join(contentDir, plan.file)).text;
    const body = [...paragraphsWithText(text, byPlan.get(plan.id) ?? [])].map(({ entry, text: t }) => `<p id="${esc(entry.anchor)}">${esc(t)}</p>`).join('\n');
    const dir = join(siteDir, 'plans', plan.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(plan.region)} · ${esc(plan.title ?? '')}</title></head><body><main data-pagefind-body><h1>${esc(plan.title ?? plan.region)}</h1>\n${body}</main></body></html>`);
  }
  return plans.length;
}

/** The bench pages: our results page markup with its bundled script, and a bare Pagefind page. */
export async function writeBenchPages(siteDir: string, root: string): Promise<void> {
  mkdirSync(join(siteDir, 'bench'), { recursive: true });
  await build({ entryPoints: [join(root, 'src/lib/search/bench/entry.ts')], bundle: true, minify: true, format: 'esm', target: 'es2022', outfile: join(siteDir, 'bench', 'search.js'), logLevel: 'silent' });
  writeFileSync(join(siteDir, 'bench', 'index.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body>
<form><input id="search-q-main" type="search" name="q" data-search-input></form>
<div data-search-root data-base="/" data-index="/search/"><p data-search-status></p><div data-search-tabs></div><aside data-search-facets></aside><ol data-search-results></ol><button data-search-more hidden></button></div>
<script type="module" src="/bench/search.js"></script></body></html>`);
  mkdirSync(join(siteDir, 'pf'), { recursive: true });
  writeFileSync(join(siteDir, 'pf', 'index.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>pf</title></head><body>
<script type="module">window.pagefind = await import('/pagefind/pagefind.js'); window.pagefindReady = true;</script></body></html>`);
}

export function bundleBytes(siteDir: string): number {
  return readFileSync(join(siteDir, 'bench', 'search.js')).length;
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../../../tests/e2e/static-server.ts';
import type { Manifest } from '../format.ts';
import { generateCorpus } from '../synthetic/generate.ts';
import type { BasePlan } from '../synthetic/variant.ts';
import { measureOurs, measurePagefind, type Measured } from './chromium.ts';
import { ourPlans } from './ours.ts';
import { dirSize, type DirSize } from './sizes.ts';
import { writeBenchPages, writePlanPages } from './site.ts';
import { timed, type Timed } from './timed.ts';
import { groundTruth } from './truth.ts';
import { readFileSync } from 'node:fs';

export interface QueryResult {
  ours: Measured;
  pagefind: (Measured & { plans: Set<string> }) | null;
  ourPlans: Set<string>;
  truth: Set<string>;
  textTruth: Set<string>;
}

export interface SizeResult {
  plans: number;
  extract: Timed;
  build: Timed & { files: number };
  index: DirSize;
  pagefindBuild: Timed | null;
  pagefindIndex: DirSize | null;
  queries: QueryResult[];
}

/** Generates `n` plans, extracts them, builds our index and Pagefind's, and measures the queries in Chromium. */
export async function runSize(n: number, ctx: { root: string; work: string; bases: BasePlan[]; queries: string[]; pagefind: boolean; browser: () => Promise<Browser>; log: (s: string) => void }): Promise<SizeResult> {
  const dir = join(ctx.work, String(n));
  const plans = join(dir, 'plans');
  const data = join(dir, 'data');
  const site = join(dir, 'site');
  const tsx = join(ctx.root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  ctx.log(`[${n}] generating plans`);
  generateCorpus(ctx.bases, n, plans);
  ctx.log(`[${n}] extracting`);
  const extract = timed(process.execPath, [tsx, 'scripts/extract.ts', '--out', data, '--plans', plans, '--quiet'], ctx.root);
  ctx.log(`[${n}] building the search index`);
  const built = timed(process.execPath, [tsx, 'src/lib/search/bench/build-child.ts', data, plans, join(ctx.root, 'content', 'lexicon'), join(site, 'search')], ctx.root);
  const buildStats = JSON.parse(built.stdout.trim().split('\n').at(-1)!) as { files: number };
  writePlanPages(site, data, plans);
  await writeBenchPages(site, ctx.root);
  const index = dirSize(join(site, 'search'));
  let pagefindBuild: Timed | null = null;
  const pagefindBin = join(ctx.root, 'node_modules', '.bin', 'pagefind');
  if (ctx.pagefind && existsSync(pagefindBin)) {
    ctx.log(`[${n}] building the Pagefind index`);
    pagefindBuild = timed(pagefindBin, ['--site', site, '--output-subdir', 'pagefind', '--glob', 'plans/**/*.html'], ctx.root);
  }
  const pagefindIndex = pagefindBuild ? dirSize(join(site, 'pagefind')) : null;
  ctx.log(`[${n}] querying in Chromium`);
  const manifest = JSON.parse(readFileSync(join(site, 'search', 'manifest.json'), 'utf8')) as Manifest;
  const truth = groundTruth(ctx.queries, data, plans, manifest);
  const found = await ourPlans(join(site, 'search'), ctx.queries);
  const server = await serveStatic(site);
  const browser = await ctx.browser();
  const queries: QueryResult[] = [];
  try {
    for (const [i, q] of ctx.queries.entries()) {
      const next = ctx.queries[(i + 1) % ctx.queries.length]!;
      const ours = await measureOurs(browser, server.url, site, q, next);
      const pagefind = pagefindBuild ? await measurePagefind(browser, server.url, site, q, next) : null;
      const t = truth.get(q)!;
      queries.push({ ours, pagefind, ourPlans: found.get(q)!, truth: new Set([...t.text, ...t.targets]), textTruth: t.text });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { plans: n, extract, build: { ...built, files: buildStats.files }, index, pagefindBuild, pagefindIndex, queries };
}

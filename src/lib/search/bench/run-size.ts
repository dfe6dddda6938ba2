import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readManifest } from '../build/read-head.ts';
import { generateCorpus } from '../synthetic/generate.ts';
import type { BasePlan } from '../synthetic/variant.ts';
import { measureOurs, measurePagefind, type Measured, type PagefindMeasured } from './chromium.ts';
import { medianOf } from './repeat.ts';
import { flexTimings, ourPlans, type FlexTiming } from './ours.ts';
import { serveStatic } from '../../serve/static-server.ts';
import { dirSize, fileSize, precompress, type DirSize } from './sizes.ts';
import { writeBenchPages, writePlanPages } from './site.ts';
import { timed, type Timed } from './timed.ts';
import { groundTruth } from './truth.ts';

export interface QueryResult {
  ours: Measured;
  pagefind: PagefindMeasured | null;
  ourPlans: Set<string>;
  truth: Set<string>;
  textTruth: Set<string>;
}

export interface SizeResult {
  plans: number;
  extract: Timed;
  build: Timed & { files: number; buckets: number; big: number };
  index: DirSize;
  script: { raw: number; gzip: number };
  pagefindBuild: Timed | null;
  pagefindIndex: DirSize | null;
  /** Why there is no Pagefind figure at this size, when there is none. */
  pagefindSkipped: string | null;
  flex: FlexTiming[];
  queries: QueryResult[];
  runs: number;
}

const OUR_TIMINGS = [
  'coldMs',
  'coldPaintedMs',
  'coldCompleteMs',
  'repeatMs',
  'repeatPaintedMs',
  'nextMs',
  'openedMs',
  'openedPaintedMs',
  'openedCompleteMs',
  'openedDclMs',
  'openedFcpMs',
  'taskMs',
  'scriptMs',
  'openScriptMs',
] as const;
const PAGEFIND_TIMINGS = ['coldMs', 'repeatMs', 'nextMs', 'openedMs'] as const;

interface Context {
  /** Times each query is measured (fresh browser contexts each time); medians are kept. */
  runs: number;
  root: string;
  work: string;
  bases: BasePlan[];
  queries: string[];
  pagefind: boolean;
  browser: () => Promise<Browser>;
  log: (s: string) => void;
}

/** Generates `n` plans, extracts them, builds our index and Pagefind's, and measures the queries in Chromium. */
export async function runSize(n: number, ctx: Context): Promise<SizeResult> {
  const dir = join(ctx.work, String(n));
  const plans = join(dir, 'plans');
  const data = join(dir, 'data');
  const site = join(dir, 'site');
  const tsx = join(ctx.root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  ctx.log(`[${n}] generating plans`);
  // Everything of an earlier run goes first, long before the timed build writes its files.
  rmSync(dir, { recursive: true, force: true });
  generateCorpus(ctx.bases, n, plans);
  ctx.log(`[${n}] extracting`);
  const extract = timed(
    process.execPath,
    [tsx, 'scripts/extract.ts', '--out', data, '--plans', plans, '--quiet'],
    ctx.root,
  );
  ctx.log(`[${n}] building the search index`);
  // Node with the TypeScript loader in the same process, so the time and peak memory are the build's alone.
  const built = timed(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/lib/search/bench/build-child.ts',
      data,
      plans,
      join(ctx.root, 'content', 'lexicon'),
      join(site, 'search'),
    ],
    ctx.root,
  );
  const stats = JSON.parse(built.stdout.trim().split('\n').at(-1)!) as {
    files: number;
    terms: { buckets: number; big: number };
  };
  const manifest = readManifest(join(site, 'search'));
  writePlanPages(site, data, plans);
  await writeBenchPages(site, ctx.root, manifest.version);
  let pagefindBuild: Timed | null = null;
  let pagefindSkipped: string | null = ctx.pagefind ? null : 'not asked for (--no-pagefind)';
  const pagefindBin = join(ctx.root, 'node_modules', '.bin', 'pagefind');
  if (ctx.pagefind && existsSync(pagefindBin)) {
    ctx.log(`[${n}] building the Pagefind index`);
    try {
      pagefindBuild = timed(
        pagefindBin,
        ['--site', site, '--output-subdir', 'pagefind', '--glob', 'plans/**/*.html'],
        ctx.root,
      );
    } catch (error) {
      pagefindSkipped = `the Pagefind build failed: ${(error as Error).message.split('\n')[0]}`;
    }
  } else if (ctx.pagefind) pagefindSkipped = 'Pagefind is not installed';
  ctx.log(`[${n}] precompressing`);
  await precompress([
    join(site, 'search'),
    join(site, 'bench'),
    ...(pagefindBuild ? [join(site, 'pagefind'), join(site, 'pf')] : []),
  ]);
  const index = dirSize(join(site, 'search'));
  const pagefindIndex = pagefindBuild ? dirSize(join(site, 'pagefind')) : null;
  ctx.log(`[${n}] checking every query against the texts`);
  const truth = groundTruth(ctx.queries, data, plans, manifest);
  const found = await ourPlans(join(site, 'search'), ctx.queries);
  const flex = flexTimings(join(site, 'search'), ctx.queries);
  ctx.log(`[${n}] querying in Chromium`);
  const server = await serveStatic(site);
  const browser = await ctx.browser();
  const queries: QueryResult[] = [];
  try {
    for (const [i, q] of ctx.queries.entries()) {
      const next = ctx.queries[(i + 1) % ctx.queries.length]!;
      const ours = await medianOf(ctx.runs, () => measureOurs(browser, server, q, next), OUR_TIMINGS);
      const pagefind = pagefindBuild
        ? await medianOf(ctx.runs, () => measurePagefind(browser, server, q, next), PAGEFIND_TIMINGS)
        : null;
      const t = truth.get(q)!;
      queries.push({
        ours,
        pagefind,
        ourPlans: found.get(q)!,
        truth: new Set([...t.text, ...t.targets]),
        textTruth: t.text,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    plans: n,
    extract,
    build: { ...built, files: stats.files, buckets: stats.terms.buckets, big: stats.terms.big },
    index,
    script: fileSize(join(site, 'bench', 'search.js')),
    pagefindBuild,
    pagefindIndex,
    pagefindSkipped,
    flex,
    queries,
    runs: ctx.runs,
  };
}

import { appendFileSync, copyFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../search/synthetic/generate.ts';
import type { BasePlan } from '../../search/synthetic/variant.ts';
import { distStats, type DistStats } from './dist-stats.ts';
import { runBuild, type BuildRun } from './run-build.ts';

export interface SizeRun {
  plans: number;
  /** Bytes of the plan files the corpus holds. */
  sourceBytes: number;
  build: BuildRun;
  dist: DistStats;
  /** The same library built again after one plan was changed and one added. */
  rebuild: BuildRun | null;
}

interface Context {
  root: string;
  work: string;
  bases: readonly BasePlan[];
  rebuild: boolean;
  log: (line: string) => void;
}

const bytesUnder = (dir: string) => readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);

/** Generates `n` plans, builds them from nothing with `npm run build`, then once more after a small edit. */
export async function runSize(n: number, ctx: Context): Promise<SizeRun> {
  const dir = join(ctx.work, String(n));
  const plans = join(dir, 'plans');
  const data = join(dir, 'data');
  const dist = join(dir, 'dist');
  rmSync(dir, { recursive: true, force: true });
  ctx.log(`[${n}] generating plans`);
  generateCorpus(ctx.bases, n, plans);
  const env = { ...process.env, PLANATLAS_CONTENT: plans, PLANATLAS_DATA: data };
  const args = ['--outDir', dist];
  ctx.log(`[${n}] building`);
  const build = await runBuild(ctx.root, env, args);
  if (build.status !== 0) throw new Error(`build of ${n} plans failed:\n${build.tail.join('\n')}`);
  const sourceBytes = bytesUnder(plans);
  const stats = distStats(dist);
  let rebuild: BuildRun | null = null;
  if (ctx.rebuild) {
    ctx.log(`[${n}] rebuilding after one changed and one added plan`);
    appendFileSync(join(plans, 'syn-00000.txt'), '\n本规划由市卫生健康委员会负责解释。\n');
    for (const ext of ['.txt', '.yaml']) copyFileSync(join(plans, `syn-00001${ext}`), join(plans, `syn-added${ext}`));
    rebuild = await runBuild(ctx.root, env, args);
    if (rebuild.status !== 0) throw new Error(`rebuild of ${n} plans failed:\n${rebuild.tail.join('\n')}`);
  }
  return { plans: n, sourceBytes, build, dist: stats, rebuild };
}

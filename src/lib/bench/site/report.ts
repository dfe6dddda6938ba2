import { growthExponent } from './growth.ts';
import type { SizeRun } from './run-size.ts';
import { STAGES } from './stages.ts';

const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 0);
const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const min = (s: number) => (s >= 90 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`);
const exp = (k: number | null) => (k === null ? '–' : k.toFixed(2));

/** The benchmark's figures as Markdown tables: one per size, then growth between sizes. */
export function reportRuns(runs: readonly SizeRun[]): string[] {
  const out: string[] = [];
  for (const r of runs) {
    const { build, dist } = r;
    const extraction = build.stages.extraction.seconds;
    out.push(
      `### ${r.plans} plans (${mb(r.sourceBytes)} MB of plan files)`,
      '',
      '| step | wall time | peak RSS |',
      '|---|---|---|',
      ...STAGES.map((s) => `| ${s} | ${min(build.stages[s].seconds)} | ${mb(build.stages[s].peakRss)} MB |`),
      `| **whole build** | **${min(build.seconds)}** | **${mb(build.peakRss)} MB** |`,
      '',
      `- extraction: ${(r.sourceBytes / 1e6 / extraction).toFixed(2)} MB/s, ${((extraction * 1000) / r.plans).toFixed(1)} ms per plan; ${build.extraction}`,
      `- written: ${dist.pages} pages, ${dist.files} files, ${mb(dist.bytes)} MB (${kb(dist.bytes / r.plans)} KB per plan; ${kb(dist.allocated / r.plans)} KB per plan of disk blocks, folders included)`,
      `- per plan by folder: ${dist.byFolder.map(([f, b]) => `${f || '(root)'} ${kb(b / r.plans)} KB`).join(', ')}`,
      `- largest page: ${dist.largestPage.page}, ${kb(dist.largestPage.html)} KB; pages over 1 MB: ${dist.pagesOver.mb1}`,
      `- heaviest first load: ${dist.heaviestFirstLoad.page}, ${kb(dist.heaviestFirstLoad.firstLoad)} KB (${kb(dist.heaviestFirstLoad.firstLoadGzip)} KB gzip); pages over 300 KB: ${dist.pagesOver.kb300}`,
    );
    if (r.rebuild)
      out.push(
        `- rebuild after changing one plan and adding one: ${min(r.rebuild.seconds)} (extraction ${min(r.rebuild.stages.extraction.seconds)}; ${r.rebuild.extraction})`,
      );
    out.push('');
  }
  if (runs.length > 1) {
    out.push(
      '### Growth exponent k (cost ∝ plans^k)',
      '',
      '| between | time | peak RSS | bytes written |',
      '|---|---|---|---|',
    );
    for (let i = 1; i < runs.length; i++) {
      const [a, b] = [runs[i - 1]!, runs[i]!];
      const k = (f: (r: SizeRun) => number) => exp(growthExponent(a.plans, f(a), b.plans, f(b)));
      out.push(
        `| ${a.plans} → ${b.plans} | ${k((r) => r.build.seconds)} | ${k((r) => r.build.peakRss)} | ${k((r) => r.dist.bytes)} |`,
      );
    }
  }
  return out;
}

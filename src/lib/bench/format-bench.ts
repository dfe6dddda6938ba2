import { formatLines } from './format-lines.ts';
import { median } from './median.ts';
import type { BenchResult } from './run-bench.ts';

export { median };

const mb = (bytes: number): string => (bytes / 1_000_000).toFixed(2);
const ms = (value: number): string => value.toFixed(2);

/** Plain-text figures, one per line, for a terminal or a pasted benchmark note. */
export function formatBench(r: BenchResult): string[] {
  const seconds = r.totalMs / 1000;
  const perPlan = r.plans.flatMap((p) => p.ms);
  const lines = [
    `corpus: ${r.plans.length} plans, ${mb(r.bytes)} MB (UTF-8), ${r.runs} timed passes after 1 warm-up`,
    `lexicon load: ${ms(r.lexiconMs)} ms; corpus read: ${ms(r.readMs)} ms`,
    `throughput: ${(seconds > 0 ? (r.bytes * r.runs) / 1_000_000 / seconds : 0).toFixed(2)} MB/s ` +
      `(${ms(r.totalMs)} ms total, ${ms(r.totalMs / Math.max(r.runs, 1))} ms per pass)`,
    `ms per plan: median ${ms(median(perPlan))}`,
    ...r.plans.map(
      (p, i) =>
        `  ${p.id}: median ${ms(median(p.ms))}, min ${ms(Math.min(...p.ms))}, max ${ms(Math.max(...p.ms))} (${mb(p.bytes)} MB); ` +
        `read ${p.format} file: median ${ms(median(r.reads[i]?.ms ?? []))} ms`,
    ),
    `per format (read: ${r.reads[0]?.ms.length ?? 0} passes; extract: ${r.runs} passes):`,
    ...formatLines({ read: r.reads, extract: r.plans }),
    `memory: peak rss sampled ${mb(r.memory.rssPeak)} MB, peak heapUsed sampled ${mb(r.memory.heapUsedPeak)} MB, ` +
      `process max rss ${mb(r.memory.maxRss)} MB`,
  ];
  return [...lines, ...r.problems.map((p) => `skipped: ${p}`)];
}

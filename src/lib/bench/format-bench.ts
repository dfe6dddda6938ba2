import type { BenchResult } from './run-bench.ts';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

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
      (p) =>
        `  ${p.id}: median ${ms(median(p.ms))}, min ${ms(Math.min(...p.ms))}, max ${ms(Math.max(...p.ms))} (${mb(p.bytes)} MB)`,
    ),
    `memory: peak rss sampled ${mb(r.memory.rssPeak)} MB, peak heapUsed sampled ${mb(r.memory.heapUsedPeak)} MB, ` +
      `process max rss ${mb(r.memory.maxRss)} MB`,
  ];
  return [...lines, ...r.problems.map((p) => `skipped: ${p}`)];
}

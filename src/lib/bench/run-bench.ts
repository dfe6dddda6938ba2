import { loadCorpus } from '../read/load-corpus.ts';
import type { ExtractionDeps } from '../export/deps.ts';
import { timeReads, type ReadTiming } from './read-bench.ts';

export interface BenchOptions {
  plans: string;
  lexicon: string;
  /** How many times the whole corpus is extracted. */
  runs: number;
  /** How many times each plan file is read again, for the per-format reading figures. */
  readRuns: number;
}

export interface BenchResult {
  runs: number;
  /** UTF-8 bytes of all decoded texts, per corpus pass. */
  bytes: number;
  lexiconMs: number;
  readMs: number;
  /** Wall time of all timed passes. */
  totalMs: number;
  /** Per plan: its format, its text's UTF-8 size and the time of each pass. */
  plans: { id: string; format: string; bytes: number; ms: number[] }[];
  /** Per plan: the time of each reading of its file. */
  reads: ReadTiming[];
  /** Highest rss and heapUsed seen between plans, and the process's peak rss from the kernel. */
  memory: { rssPeak: number; heapUsedPeak: number; maxRss: number };
  /** Plans skipped because they could not be read. */
  problems: string[];
}

/** Extracts the corpus `runs` times after one untimed warm-up pass (JIT, lexicon caches). */
export async function runBench(options: BenchOptions, deps: ExtractionDeps): Promise<BenchResult> {
  let t = performance.now();
  const lexicon = await deps.loadLexicon(options.lexicon);
  const lexiconMs = performance.now() - t;
  t = performance.now();
  const { sources, problems } = loadCorpus(options.plans);
  const readMs = performance.now() - t;
  const encoder = new TextEncoder();
  const plans = sources.map((s) => ({
    id: s.meta.id,
    format: s.format,
    bytes: encoder.encode(s.text).length,
    ms: [] as number[],
  }));
  const memory = { rssPeak: 0, heapUsedPeak: 0, maxRss: 0 };
  const sample = (): void => {
    const usage = process.memoryUsage();
    memory.rssPeak = Math.max(memory.rssPeak, usage.rss);
    memory.heapUsedPeak = Math.max(memory.heapUsedPeak, usage.heapUsed);
  };
  const reads = timeReads(sources, options.readRuns, sample);
  for (const source of sources) await deps.extractPlan(source, lexicon);
  const start = performance.now();
  for (let run = 0; run < options.runs; run++) {
    for (const [i, source] of sources.entries()) {
      const before = performance.now();
      await deps.extractPlan(source, lexicon);
      plans[i]?.ms.push(performance.now() - before);
      // Sampled between plans: a sync extraction gives no chance to sample during the call.
      sample();
    }
  }
  const totalMs = performance.now() - start;
  memory.maxRss = process.resourceUsage().maxRSS * 1024;
  const bytes = plans.reduce((n, p) => n + p.bytes, 0);
  return {
    runs: options.runs,
    bytes,
    lexiconMs,
    readMs,
    totalMs,
    plans,
    reads,
    memory,
    problems: problems.map((p) => p.message),
  };
}

import { median } from './median.ts';
import type { ReadTiming } from './read-bench.ts';

export interface FormatInput {
  read: readonly ReadTiming[];
  /** Per plan: its format, its derived text's UTF-8 size and its extraction times. */
  extract: readonly { format: string; bytes: number; ms: readonly number[] }[];
}

const mbs = (bytes: number, ms: number): string => (ms > 0 ? (bytes / 1_000_000 / (ms / 1000)).toFixed(2) : '—');

/** One line per format: reading (file MB/s, ms per plan) and extraction (text MB/s, ms per plan). */
export function formatLines(input: FormatInput): string[] {
  const formats = [...new Set(input.read.map((r) => r.format))].sort();
  return formats.map((format) => {
    const reads = input.read.filter((r) => r.format === format);
    const extracts = input.extract.filter((e) => e.format === format);
    const fileBytes = reads.reduce((n, r) => n + r.fileBytes, 0);
    const readMs = reads.reduce((n, r) => n + median(r.ms), 0);
    const textBytes = extracts.reduce((n, e) => n + e.bytes, 0);
    const extractMs = extracts.reduce((n, e) => n + median(e.ms), 0);
    const perPlan = (ms: number): string => (ms / Math.max(reads.length, 1)).toFixed(2);
    return (
      `  ${format}: ${reads.length} plans, ${(fileBytes / 1_000_000).toFixed(2)} MB of files; ` +
      `read ${mbs(fileBytes, readMs)} MB/s, ${perPlan(readMs)} ms per plan; ` +
      `extract ${mbs(textBytes, extractMs)} MB/s of text, ${perPlan(extractMs)} ms per plan`
    );
  });
}

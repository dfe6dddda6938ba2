import { median } from './stats.ts';

/**
 * Runs a measurement several times and keeps, for each timing, its median over the runs (the
 * machine is shared and small: one run alone says little). Everything else comes from the run
 * whose first timing is the median one, so a waterfall shown matches a time reported.
 */
export async function medianOf<T extends object>(
  runs: number,
  measure: () => Promise<T>,
  timings: readonly (keyof T)[],
): Promise<T> {
  const all: T[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure());
  const first = timings[0]!;
  const byFirst = [...all].sort((a, b) => (a[first] as number) - (b[first] as number));
  const out = { ...byFirst[Math.floor((byFirst.length - 1) / 2)]! };
  for (const key of timings) (out[key] as number) = median(all.map((r) => r[key] as number));
  return out;
}

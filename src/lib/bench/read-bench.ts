import { statSync } from 'node:fs';
import { readSource } from '../read/read-source.ts';
import type { SourceDoc } from '../read/types.ts';

/** Reading (file bytes → document model) of one plan: file size and the time of each pass. */
export interface ReadTiming {
  id: string;
  format: string;
  fileBytes: number;
  ms: number[];
}

/**
 * Times each reader on the plans of the corpus, `runs` passes after the one that loaded
 * them: what a PDF or HTML file costs to read shows here, apart from extraction.
 */
export function timeReads(sources: readonly SourceDoc[], runs: number, sample: () => void): ReadTiming[] {
  const timings = sources.map((s) => ({
    id: s.meta.id,
    format: s.format,
    fileBytes: statSync(s.path).size,
    ms: [] as number[],
  }));
  for (let run = 0; run < runs; run++) {
    sources.forEach((source, i) => {
      const before = performance.now();
      readSource(source.path);
      timings[i]?.ms.push(performance.now() - before);
      sample();
    });
  }
  return timings;
}

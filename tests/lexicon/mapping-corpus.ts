import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { mappingRows, type MappingRow } from '../../src/lib/lexicon/coverage/mapping.ts';
import { loadCorpus } from '../../src/lib/read/load-corpus.ts';
import type { PlanRecord } from '../../src/lib/types.ts';
import { lexicon, repoRoot } from './project-lexicon.ts';

export const corpora = {
  seeds: join(repoRoot, 'content/plans'),
  samples: join(repoRoot, '../shared/samples'),
} as const;

/** Every target of a folder of plans as the project's lexicon maps it, with the plans. */
export function mappedCorpus(dir: string): { rows: MappingRow[]; plans: PlanRecord[] } {
  if (!existsSync(dir)) return { rows: [], plans: [] };
  const results = loadCorpus(dir).sources.map((s) => extractPlan(s, lexicon));
  return { rows: mappingRows(results.flatMap((r) => r.indicators)), plans: results.map((r) => r.plan) };
}

import type { Lexicon } from '../lexicon/types.ts';
import type { SourceDoc } from '../read/types.ts';
import type { PlanExtraction } from '../types.ts';

/** The extraction entry points, passed in so the runner can be exercised without the real extractor. */
export interface ExtractionDeps {
  extractPlan: (source: SourceDoc, lexicon: Lexicon) => PlanExtraction | Promise<PlanExtraction>;
  loadLexicon: (dir: string) => Lexicon | Promise<Lexicon>;
}

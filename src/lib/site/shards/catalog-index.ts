import type { SiteData } from '../data/site-data.ts';
import { commonNotes } from '../tables/notes.ts';
import { AMBITION_NOTE } from '../tables/registry-pages.ts';
import { TARGET_HEADERS } from '../tables/target-rows.ts';
import { TASK_HEADERS } from '../tables/task-rows.ts';
import { allTopics } from '../topic-view.ts';
import { compareIndicators } from '../compare-data.ts';
import type { CompareIndicator } from '../compare.ts';
import { catalogProvinces } from './catalog.ts';
import { paths } from '../paths.ts';
import type { CatalogProvince } from './types.ts';

/** The small file every picker loads first: provinces, and what every exported comparison shares. */
export interface CatalogIndex {
  provinces: CatalogProvince[];
  targetHeaders: string[];
  taskHeaders: string[];
  notes: string[];
  topics: { id: string; name: string }[];
  /** The canonical indicators in the order the comparison lists them. */
  indicators: CompareIndicator[];
  /** Path an indicator's page is under (its id and a slash follow). */
  indicatorBase: string;
}

export function catalogIndex(data: SiteData, accessed: string): CatalogIndex {
  return {
    provinces: catalogProvinces(data.plans),
    targetHeaders: TARGET_HEADERS,
    taskHeaders: TASK_HEADERS,
    notes: [AMBITION_NOTE, ...commonNotes(accessed)],
    topics: allTopics(data.lexicon, data.tasks).map((t) => ({ id: t.id, name: t.name })),
    indicators: compareIndicators(data),
    indicatorBase: paths.indicators(),
  };
}

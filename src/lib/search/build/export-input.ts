import { join } from 'node:path';
import type { IndicatorEntry, TopicEntry } from '../../lexicon/types.ts';
import { readSource } from '../../read/read-source.ts';
import { readJson } from '../../site/data/read-json.ts';
import type { IndicatorRecord, ParagraphEntry, PlanRecord, TaskRecord } from '../../types.ts';
import type { SearchInput } from './input.ts';
import { groupParagraphs, paragraphsWithText } from './plan-paragraphs.ts';

/**
 * An extraction export read straight from disk, for the benchmark and tests. Each plan's text
 * is read only while its paragraphs are indexed, so thousands of plans are never all in memory.
 */
export function exportSearchInput(dataDir: string, contentDir: string, lexicon: { indicators: IndicatorEntry[]; topics: TopicEntry[] }): SearchInput {
  const byPlan = groupParagraphs(readJson<(ParagraphEntry & { plan: string })[]>(dataDir, 'paragraphs.json'));
  return {
    plans: readJson<PlanRecord[]>(dataDir, 'plans.json'),
    indicators: readJson<IndicatorRecord[]>(dataDir, 'indicators.json'),
    tasks: readJson<TaskRecord[]>(dataDir, 'tasks.json'),
    lexicon,
    paragraphs(plan) {
      const exported = byPlan.get(plan.id) ?? [];
      byPlan.delete(plan.id);
      return paragraphsWithText(readSource(join(contentDir, plan.file)).text, exported);
    },
  };
}

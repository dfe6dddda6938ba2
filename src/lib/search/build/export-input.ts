import type { IndicatorEntry, TopicEntry } from '../../lexicon/types.ts';
import type { IndicatorRecord, ParagraphEntry, PlanRecord, TaskRecord } from '../../types.ts';
import type { SearchInput } from './input.ts';
import { groupParagraphs, paragraphsWithText } from './plan-paragraphs.ts';
import { readExportJson, readPlanText } from './read-export.ts';

/**
 * An extraction export read straight from disk, for the benchmark and tests. Targets and tasks
 * are read only when the build asks for them, and each plan's text only while its paragraphs
 * are indexed, so thousands of plans are never all in memory.
 */
export function exportSearchInput(
  dataDir: string,
  contentDir: string,
  lexicon: { indicators: IndicatorEntry[]; topics: TopicEntry[] },
): SearchInput {
  const byPlan = groupParagraphs(readExportJson<(ParagraphEntry & { plan: string })[]>(dataDir, 'paragraphs.json'));
  return {
    plans: readExportJson<PlanRecord[]>(dataDir, 'plans.json'),
    lexicon,
    targets: () => readExportJson<IndicatorRecord[]>(dataDir, 'indicators.json'),
    tasks: () => readExportJson<TaskRecord[]>(dataDir, 'tasks.json'),
    paragraphs(plan) {
      const exported = byPlan.get(plan.id) ?? [];
      byPlan.delete(plan.id);
      return paragraphsWithText(readPlanText(contentDir, plan.file), exported);
    },
  };
}

import type { SiteData } from '../../site/data/site-data.ts';
import { planText } from '../../site/data/source.ts';
import type { SearchInput } from './input.ts';
import { groupParagraphs, paragraphsWithText } from './plan-paragraphs.ts';

/** The site's own data: paragraphs exactly as the plan pages anchor them. */
export function siteSearchInput(data: SiteData): SearchInput {
  const byPlan = groupParagraphs(data.paragraphs);
  return {
    plans: data.plans,
    lexicon: data.lexicon,
    targets: () => data.indicators,
    tasks: () => data.tasks,
    paragraphs: (plan) => paragraphsWithText(planText(plan, data.dirs), byPlan.get(plan.id) ?? []),
  };
}

import { oncePer } from './data/once-per.ts';
import type { SiteData } from './data/site-data.ts';
import { planText } from './data/source.ts';
import { planStructure } from './data/structure.ts';
import { planQuality, type PlanQuality } from './quality-view.ts';
import { recordsWith } from './data/index-by.ts';
import { pageByProvince, type Paged } from './paging/by-province.ts';

/** The quality summary of every plan, computed once per build (the page and its downloads share it). */
export const allQuality = oncePer((data: SiteData): PlanQuality[] =>
  data.plans.map((plan) => {
    const text = planText(plan, data.dirs);
    const mine = <T extends { plan: string | null }>(list: readonly T[]) => recordsWith(list, 'plan', plan.id);
    const { paragraphs, outline } = planStructure(data, plan.id, text);
    return planQuality({
      plan,
      text,
      paragraphs,
      outline: outline.length,
      records: {
        indicators: mine(data.indicators),
        tasks: mine(data.tasks).length,
        units: mine(data.units),
        issues: mine(data.issues),
      },
    });
  }),
);

const QUALITY_PAGE_PLANS = 10;

/** The quality rows, paged by province once the library is large. */
export const qualityPages = oncePer((data: SiteData): Paged<PlanQuality> =>
  // each plan's section lists its repairs and flags, so a page holds fewer plans than rows elsewhere
  pageByProvince(allQuality(data), (q) => q.plan, QUALITY_PAGE_PLANS),
);

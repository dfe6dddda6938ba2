import type { SiteData } from './data/site-data.ts';
import { planText } from './data/source.ts';
import { planStructure } from './data/structure.ts';
import { planQuality, type PlanQuality } from './quality-view.ts';
import { recordsWith } from './data/index-by.ts';
import { pageByProvince, type Paged } from './paging/by-province.ts';

const cache = new WeakMap<object, PlanQuality[]>();

/** The quality summary of every plan, computed once per build (the page and its downloads share it). */
export function allQuality(data: SiteData): PlanQuality[] {
  const known = cache.get(data);
  if (known) return known;
  const result = data.plans.map((plan) => {
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
  });
  cache.set(data, result);
  return result;
}

const pagedCache = new WeakMap<object, Paged<PlanQuality>>();
const QUALITY_PAGE_PLANS = 10;

/** The quality rows, paged by province once the library is large. */
export function qualityPages(data: SiteData): Paged<PlanQuality> {
  let known = pagedCache.get(data);
  if (!known) {
    // each plan's section lists its repairs and flags, so a page holds fewer plans than rows elsewhere
    known = pageByProvince(allQuality(data), (q) => q.plan, QUALITY_PAGE_PLANS);
    pagedCache.set(data, known);
  }
  return known;
}

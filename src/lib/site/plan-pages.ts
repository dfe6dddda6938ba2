import type { PlanRecord } from '../types.ts';
import type { SiteData } from './data/site-data.ts';
import { byChinese } from './group.ts';
import { pageByProvince, type Paged } from './paging/by-province.ts';

const cache = new WeakMap<SiteData, Paged<PlanRecord>>();

/** The plan list, by region then target year, paged by province once the library is large. */
export function planPages(data: SiteData): Paged<PlanRecord> {
  let known = cache.get(data);
  if (!known) {
    const plans = [...data.plans].sort((a, b) => byChinese(a.region, b.region) || a.period[1] - b.period[1]);
    known = pageByProvince(plans, (p) => p);
    cache.set(data, known);
  }
  return known;
}

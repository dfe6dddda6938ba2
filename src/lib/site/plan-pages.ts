import type { PlanRecord } from '../types.ts';
import { oncePer } from './data/once-per.ts';
import type { SiteData } from './data/site-data.ts';
import { byChinese } from './group.ts';
import { pageByProvince, type Paged } from './paging/by-province.ts';

/** The plan list, by region then target year, paged by province once the library is large. */
export const planPages = oncePer((data: SiteData): Paged<PlanRecord> => {
  const plans = [...data.plans].sort((a, b) => byChinese(a.region, b.region) || a.period[1] - b.period[1]);
  return pageByProvince(plans, (p) => p);
});

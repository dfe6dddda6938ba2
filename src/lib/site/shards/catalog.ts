import { createHash } from 'node:crypto';
import type { PlanRecord } from '../../types.ts';
import { indexBy } from '../data/index-by.ts';
import { byChinese } from '../group.ts';
import { NO_PROVINCE } from './no-province.ts';
import type { CatalogPlan, CatalogProvince } from './types.ts';

export { NO_PROVINCE };

export const provinceName = (plan: Pick<PlanRecord, 'province'>) => plan.province ?? NO_PROVINCE;

/** The file key of a province: a short hash of its name, so adding one renames nothing. */
export const provinceKey = (name: string) => createHash('sha256').update(name).digest('hex').slice(0, 10);

export function catalogPlan(p: PlanRecord): CatalogPlan {
  return {
    id: p.id,
    region: p.region,
    province: provinceName(p),
    level: p.level,
    title: p.title,
    period: p.period,
    kind: p.kind,
  };
}

/** Plans in the order every list shows them: by region, then by target year. */
export const byRegion = (a: CatalogPlan, b: CatalogPlan) => byChinese(a.region, b.region) || a.period[1] - b.period[1];

/** Provinces with their plan counts, in Chinese order. */
export function catalogProvinces(plans: readonly PlanRecord[]): CatalogProvince[] {
  const counts = new Map<string, number>();
  for (const p of plans) counts.set(provinceName(p), (counts.get(provinceName(p)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => byChinese(a, b))
    .map(([name, count]) => ({ key: provinceKey(name), name, plans: count }));
}

/** One province's plans, as the pickers list them. */
export function catalogOf(plans: readonly PlanRecord[], name: string): CatalogPlan[] {
  return (indexBy(plans, 'province').get(name === NO_PROVINCE ? null : name) ?? []).map(catalogPlan).sort(byRegion);
}

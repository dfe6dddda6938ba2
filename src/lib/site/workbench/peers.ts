import type { Level } from '../../types.ts';
import type { CatalogPlan } from '../shards/types.ts';

/** The region being drafted for: a plan in the library, or one described by name, province and level. */
export interface Drafting {
  plan: string | null;
  region: string;
  province: string;
  level: Level;
}

const sameRegion = (p: CatalogPlan, d: Drafting) => p.region === d.region && p.province === d.province;
const isUpper = (level: Level) => level === 'province' || level === 'national';

/**
 * Peers to suggest: the province's other regions of the same level whose plans aim at the same
 * year. When there are none, other lower-level regions of the province for that year, so a
 * drafter always has a start (`widened` says so).
 */
export function suggestPeers(
  plans: readonly CatalogPlan[],
  d: Drafting,
  year: number,
): { ids: string[]; widened: boolean } {
  const candidates = plans.filter(
    (p) => p.province === d.province && p.period[1] === year && !sameRegion(p, d) && !isUpper(p.level),
  );
  const same = candidates.filter((p) => p.level === d.level);
  return same.length > 0 || candidates.length === 0
    ? { ids: same.map((p) => p.id), widened: false }
    : { ids: candidates.map((p) => p.id), widened: true };
}

/** The region's own last plan before the year drafted for: the latest that ended earlier. */
export function previousPlan(plans: readonly CatalogPlan[], d: Drafting, year: number): CatalogPlan | null {
  const earlier = plans.filter((p) => sameRegion(p, d) && p.period[1] < year);
  earlier.sort((a, b) => b.period[1] - a.period[1] || b.period[0] - a.period[0]);
  return earlier[0] ?? null;
}

/** Plans of the levels above whose period covers the year: the province's first, then the nation's. */
export function higherPlans(plans: readonly CatalogPlan[], d: Drafting, year: number): CatalogPlan[] {
  const covers = (p: CatalogPlan) => p.period[0] <= year && year <= p.period[1];
  const province = plans.filter((p) => p.level === 'province' && p.province === d.province && covers(p));
  const nation = plans.filter((p) => p.level === 'national' && covers(p));
  return d.level === 'national' ? [] : [...(d.level === 'province' ? [] : province), ...nation];
}

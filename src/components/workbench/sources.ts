// What the table is drawn from, fetched for a choice: the province's catalogue, the nation's
// plans, and the data files of the plans the table cites (nothing else).
import type { CatalogIndex } from '../../lib/site/shards/catalog-index.ts';
import { NO_PROVINCE } from '../../lib/site/shards/no-province.ts';
import type { CatalogPlan, PlanShard } from '../../lib/site/shards/types.ts';
import { higherPlans, previousPlan, suggestPeers, type Drafting } from '../../lib/site/workbench/peers.ts';
import type { Choice } from '../../lib/site/workbench/query.ts';
import { loadPlan, loadProvince } from '../compare/load.ts';

export interface Sources {
  plans: CatalogPlan[];
  suggested: { ids: string[]; widened: boolean };
  own: PlanShard | null;
  previous: PlanShard | null;
  highers: PlanShard[];
  peers: PlanShard[];
  missing: string[];
}

const provinceList = (index: CatalogIndex, name: string) => {
  const key = index.provinces.find((p) => p.name === name)?.key;
  return key ? loadProvince(key) : Promise.resolve([] as CatalogPlan[]);
};

// National plans carry no province, or name the nation as theirs.
const nationLists = (index: CatalogIndex) =>
  Promise.all([NO_PROVINCE, '全国'].map((n) => provinceList(index, n))).then((l) =>
    l.flat().filter((p) => p.level === 'national'),
  );

async function settled(ids: readonly string[]): Promise<{ shards: PlanShard[]; missing: string[] }> {
  const loaded = await Promise.allSettled(ids.map(loadPlan));
  return {
    shards: loaded.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
    missing: ids.filter((_, i) => loaded[i]!.status === 'rejected'),
  };
}

export async function loadSources(
  index: CatalogIndex,
  d: Drafting,
  year: number,
  peers: readonly string[] | null,
): Promise<Sources> {
  const [plans, nation] = await Promise.all([provinceList(index, d.province), nationLists(index)]);
  const suggested = suggestPeers(plans, d, year);
  const previous = previousPlan(plans, d, year);
  const highers = higherPlans([...plans, ...nation], d, year);
  const [own, prev, up, chosen] = await Promise.all([
    d.plan ? loadPlan(d.plan).catch(() => null) : null,
    previous ? loadPlan(previous.id).catch(() => null) : null,
    settled(highers.map((p) => p.id)),
    settled(peers ?? suggested.ids),
  ]);
  return { plans, suggested, own, previous: prev, highers: up.shards, peers: chosen.shards, missing: chosen.missing };
}

/** The region a choice describes, and its target year (a library plan brings its own). */
export async function drafting(c: Choice): Promise<{ d: Drafting; year: number | null } | null> {
  if (c.plan) {
    const s = await loadPlan(c.plan).catch(() => null);
    if (!s) return null;
    const { id, region, province, level } = s.plan;
    return { d: { plan: id, region, province, level }, year: c.year ?? s.plan.period[1] };
  }
  if (!c.region || !c.province || !c.level) return null;
  return { d: { plan: null, region: c.region, province: c.province, level: c.level }, year: c.year };
}

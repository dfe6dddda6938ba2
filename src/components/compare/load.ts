// The comparison's data: the catalogue index once, a province's plan list and a plan's records
// each when first needed, so a library of any size costs the reader only what they pick.
import type { CatalogIndex } from '../../lib/site/shards/catalog-index.ts';
import type { CatalogPlan, PlanShard } from '../../lib/site/shards/types.ts';
import type { CompareData } from '../../lib/site/compare-data.ts';
import { selectionOf } from '../../lib/site/shards/selection.ts';

const root = document.querySelector<HTMLElement>('[data-catalog]');
const urls = {
  catalog: root?.dataset['catalog'] ?? '',
  province: root?.dataset['province'] ?? '',
  plan: root?.dataset['plan'] ?? '',
};
const cache = new Map<string, Promise<unknown>>();

function json<T>(url: string): Promise<T> {
  let hit = cache.get(url);
  if (!hit) {
    hit = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json();
    });
    // a failed fetch may be retried later
    hit.catch(() => cache.delete(url));
    cache.set(url, hit);
  }
  return hit as Promise<T>;
}

const fill = (template: string, key: string) => template.replace('__KEY__', encodeURIComponent(key));

export const loadCatalog = () => json<CatalogIndex>(urls.catalog);
export const loadProvince = (key: string) => json<CatalogPlan[]>(fill(urls.province, key));
export const loadPlan = (id: string) => json<PlanShard>(fill(urls.plan, id));

/** The chosen plans' rows in the shape the exports take. */
export async function selectionData(ids: readonly string[]): Promise<CompareData> {
  const [index, shards] = await Promise.all([loadCatalog(), Promise.all(ids.map(loadPlan))]);
  return selectionOf(index, shards);
}

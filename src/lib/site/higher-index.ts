import type { SiteData } from './data/site-data.ts';
import { formatTarget } from './format.ts';
import { higherReferences, type HigherReference } from './higher-level.ts';

const cache = new WeakMap<SiteData, Map<string, HigherReference[]>>();

/** The higher levels' targets of every record, worked out once per build. */
export function higherOf(data: SiteData, record: string): readonly HigherReference[] {
  let known = cache.get(data);
  if (!known) {
    known = higherReferences(data.plans, data.indicators);
    cache.set(data, known);
  }
  return known.get(record) ?? [];
}

/** "省级目标（甲省）≥80岁": the nearest level above that the library holds, named with its region. */
export function higherLabel(ref: HigherReference): string {
  return `${ref.level === 'national' ? '国家' : '省级'}目标（${ref.plan.region}）${formatTarget(ref.record)}`;
}

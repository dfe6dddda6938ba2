import { oncePer } from './data/once-per.ts';
import type { SiteData } from './data/site-data.ts';
import { formatTarget } from './format.ts';
import { higherReferences, type HigherReference } from './higher-level.ts';

const higherAll = oncePer((data: SiteData) => higherReferences(data.plans, data.indicators));

/** The higher levels' targets of every record, worked out once per build. */
export function higherOf(data: SiteData, record: string): readonly HigherReference[] {
  return higherAll(data).get(record) ?? [];
}

/** "省级目标（甲省）≥80岁": the nearest level above that the library holds, named with its region. */
export function higherLabel(ref: HigherReference): string {
  return `${ref.level === 'national' ? '国家' : '省级'}目标（${ref.plan.region}）${formatTarget(ref.record)}`;
}

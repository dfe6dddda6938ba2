import type { IndicatorRecord, Level, PlanRecord } from '../types.ts';

/** The plan a level above sets for the same canonical indicator and year: shown as 上级目标. */
export interface HigherReference {
  level: Extract<Level, 'province' | 'national'>;
  plan: PlanRecord;
  record: IndicatorRecord;
}

type PlanKey = Pick<PlanRecord, 'id' | 'level' | 'province' | 'region'>;

// Only the province and the nation can be placed from the metadata: a county's city is not
// recorded, so its plan cannot be told from another city's.
const RANK: Record<Level, number> = { national: 3, province: 2, city: 1, district: 0, county: 0 };

/** Whether `upper` is the province of `lower`'s region (same province field) or the nation. */
function isAbove(upper: PlanKey, lower: PlanKey): upper is PlanKey & { level: HigherReference['level'] } {
  if (RANK[upper.level] <= RANK[lower.level]) return false;
  if (upper.level === 'national') return true;
  return upper.level === 'province' && upper.province !== null && upper.province === lower.province;
}

/** One record per plan, indicator and year: a table row before a sentence, then the first stated. */
function key(r: IndicatorRecord): string {
  return `${r.plan}\u0000${r.indicator}\u0000${r.year}`;
}
function firstStated(targets: readonly IndicatorRecord[]): Map<string, IndicatorRecord> {
  const first = new Map<string, IndicatorRecord>();
  const order = [...targets].sort((a, b) =>
    a.source === b.source ? a.start - b.start : a.source === 'table' ? -1 : 1,
  );
  for (const r of order) if (r.indicator !== null && r.year !== null && !first.has(key(r))) first.set(key(r), r);
  return first;
}

/**
 * For each target with a canonical indicator and year, the targets the province's and the
 * nation's plans in the library set for that indicator and year, nearest level first (record id
 * → references; targets without one are absent). Whether the lower plan's table has a column for
 * the higher level does not matter: this reads the higher plan itself.
 */
export function higherReferences(
  plans: readonly PlanRecord[],
  targets: readonly IndicatorRecord[],
): Map<string, HigherReference[]> {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const stated = firstStated(targets);
  const out = new Map<string, HigherReference[]>();
  for (const t of targets) {
    const lower = byId.get(t.plan);
    if (!lower || t.indicator === null || t.year === null) continue;
    const refs = plans
      .filter((p) => isAbove(p, lower))
      .sort((a, b) => RANK[a.level] - RANK[b.level] || (a.id < b.id ? -1 : 1))
      .flatMap((p) => {
        const record = stated.get(`${p.id}\u0000${t.indicator}\u0000${t.year}`);
        return record ? [{ level: p.level as HigherReference['level'], plan: p, record }] : [];
      });
    if (refs.length > 0) out.set(t.id, refs);
  }
  return out;
}

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
function key(plan: string, indicator: string, year: number): string {
  return `${plan}\u0000${indicator}\u0000${year}`;
}
function firstStated(targets: readonly IndicatorRecord[]): Map<string, IndicatorRecord> {
  const first = new Map<string, IndicatorRecord>();
  const order = [...targets].sort((a, b) =>
    a.source === b.source ? a.start - b.start : a.source === 'table' ? -1 : 1,
  );
  for (const r of order) {
    if (r.indicator === null || r.year === null) continue;
    const k = key(r.plan, r.indicator, r.year);
    if (!first.has(k)) first.set(k, r);
  }
  return first;
}

/**
 * The plans above each plan, nearest level first. Only province and national plans can be
 * above anything, so this costs plans × (province and national plans), not plans².
 */
function plansAbove(plans: readonly PlanRecord[]): Map<string, PlanRecord[]> {
  const upper = plans
    .filter((p) => p.level === 'province' || p.level === 'national')
    .sort((a, b) => RANK[a.level] - RANK[b.level] || (a.id < b.id ? -1 : 1));
  return new Map(plans.map((lower) => [lower.id, upper.filter((p) => isAbove(p, lower))]));
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
  const above = plansAbove(plans);
  const stated = firstStated(targets);
  const out = new Map<string, HigherReference[]>();
  for (const t of targets) {
    const uppers = above.get(t.plan);
    if (!uppers || uppers.length === 0 || t.indicator === null || t.year === null) continue;
    const refs = uppers.flatMap((p) => {
      const record = stated.get(key(p.id, t.indicator!, t.year!));
      return record ? [{ level: p.level as HigherReference['level'], plan: p, record }] : [];
    });
    if (refs.length > 0) out.set(t.id, refs);
  }
  return out;
}

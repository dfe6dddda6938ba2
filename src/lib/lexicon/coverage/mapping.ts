import type { IndicatorRecord, PlanRecord } from '../../types.ts';
import { isStatisticalTarget } from './statistical.ts';

/** One target of one plan as the lexicon filed it: the row of the reviewed mapping fixture. */
export interface MappingRow {
  plan: string;
  source: IndicatorRecord['source'];
  name: string;
  unit: string | null;
  /** Canonical indicator id, or null when the target stays plan-specific. */
  indicator: string | null;
  /** A table row, or a sentence target that states a rate, share or per-capita figure. */
  statistical: boolean;
  /** Whether the extraction could not read a sure name for it (a record marked uncertain). */
  uncertain: boolean;
}

/** Mapped targets among all of a kind (total 0 when there are none). */
export interface Share {
  mapped: number;
  total: number;
}

export interface MappingSummary {
  table: Share;
  /** Sentence targets that are statistical indicators (see isStatisticalTarget). */
  sentenceStatistical: Share;
  /** The same without the targets whose name the extraction marked uncertain. */
  sentenceStatisticalSure: Share;
  sentenceAll: Share;
  /** Canonical indicators set by at least 2 and at least 3 distinct regions. */
  byRegions: { atLeast2: number; atLeast3: number };
}

/** Rows in plan, source order, then position: the same records always give the same list. */
export function mappingRows(records: readonly IndicatorRecord[]): MappingRow[] {
  return [...records]
    .sort((a, b) => (a.plan < b.plan ? -1 : a.plan > b.plan ? 1 : a.start - b.start || (a.id < b.id ? -1 : 1)))
    .map((r) => ({
      plan: r.plan,
      source: r.source,
      name: r.name,
      unit: r.unit,
      indicator: r.indicator,
      statistical: r.source === 'table' || isStatisticalTarget(r),
      uncertain: r.uncertain.length > 0,
    }));
}

function share(rows: readonly MappingRow[]): Share {
  return { mapped: rows.filter((r) => r.indicator !== null).length, total: rows.length };
}

/** Mapped shares and how many canonical indicators several regions set. */
export function mappingSummary(rows: readonly MappingRow[], plans: readonly PlanRecord[]): MappingSummary {
  const sentences = rows.filter((r) => r.source === 'text');
  const regionOf = new Map(plans.map((p) => [p.id, p.region]));
  const regions = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.indicator === null) continue;
    const set = regions.get(r.indicator) ?? new Set<string>();
    set.add(regionOf.get(r.plan) ?? r.plan);
    regions.set(r.indicator, set);
  }
  const counts = [...regions.values()].map((s) => s.size);
  return {
    table: share(rows.filter((r) => r.source === 'table')),
    sentenceStatistical: share(sentences.filter((r) => r.statistical)),
    sentenceStatisticalSure: share(sentences.filter((r) => r.statistical && !r.uncertain)),
    sentenceAll: share(sentences),
    byRegions: { atLeast2: counts.filter((n) => n >= 2).length, atLeast3: counts.filter((n) => n >= 3).length },
  };
}

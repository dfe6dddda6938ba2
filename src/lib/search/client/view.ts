import { facetCounts, valuesOf, type FacetResult, type Filters } from '../facets.ts';
import { KINDS, type Kind } from '../format.ts';
import { holdsAll } from '../highlight.ts';
import type { Outcome } from './engine.ts';
import type { FacetData } from './facet-data.ts';
import type { Loader } from './loader.ts';
import { loadRows, type AnyRow } from './rows.ts';

export interface View {
  outcome: Outcome;
  kind: Kind;
  /** Counts of every dimension; the kind counts ignore the kind filter (they are the tabs). */
  tabs: FacetResult['counts']['kind'];
  facets: FacetResult['counts'];
  total: number;
  rows: AnyRow[];
}

function rowText(r: AnyRow): string {
  if (r.kind === 'target') return `${r.row[2]} ${r.row[6]}`;
  return r.kind === 'task' ? `${r.row[2]} ${r.row[3]}` : r.row[2];
}

/** Applies the filters to a search outcome and fetches what the first `limit` results show. */
export async function buildView(loader: Loader, facts: FacetData, outcome: Outcome, filters: Filters, limit: number): Promise<View> {
  const m = await loader.manifest();
  let ranked = outcome.tiers.flat();
  await facts.load(ranked, filters.topic !== undefined || filters.kind === 'task');
  const years = outcome.query.years;
  // A year in the query asks for targets set for that year, whatever words their text uses.
  if (years.length > 0) ranked = ranked.filter((id) => { const f = facts.facts(id); return f.kind !== 'target' || (f.year !== null && years.includes(f.year)); });
  const values = (id: number) => valuesOf(facts.facts(id), m, String);
  const { kind: _kind, ...others } = filters;
  const all = facetCounts(ranked, values, others);
  const kind = (filters.kind as Kind | undefined) ?? KINDS.find((k) => (all.counts.kind.get(k) ?? 0) > 0) ?? 'target';
  const within = facetCounts(ranked, values, { ...others, kind });
  return { outcome, kind, tabs: all.counts.kind, facets: within.counts, total: within.kept.length, rows: await firstRows(loader, m, outcome, within.kept, limit) };
}

/** The first rows; when long lists were skipped, rows lacking a query term are dropped here. */
async function firstRows(loader: Loader, m: Parameters<typeof loadRows>[1], outcome: Outcome, kept: readonly number[], limit: number): Promise<AnyRow[]> {
  if (!outcome.partial) return loadRows(loader, m, kept.slice(0, limit));
  const out: AnyRow[] = [];
  for (let at = 0; at < kept.length && out.length < limit && at < limit * 8; at += limit) {
    const rows = await loadRows(loader, m, kept.slice(at, at + limit));
    out.push(...rows.filter((r) => r.kind === 'target' || holdsAll(rowText(r), outcome.query.terms)));
  }
  return out.slice(0, limit);
}

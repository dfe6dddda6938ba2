import { DIMS, facetCounts, kindCounts, keptHits, type FacetResult, type Filters, type HitColumns } from '../facets.ts';
import { KINDS, type Kind, type Manifest } from '../format.ts';
import { KIND_TIERS } from '../rank.ts';
import type { Outcome } from './engine.ts';
import type { Facts } from './facts.ts';
import type { Loader } from './loader.ts';
import { loadRows, type AnyRow } from './rows.ts';
import { checkedHits, keepsRow } from './verify.ts';

/** What the page shows first: the tabs, the count, the first rows. */
export interface FirstView {
  outcome: Outcome;
  kind: Kind;
  /** Hits by kind, other filters applied (the tabs). */
  tabs: ReadonlyMap<string, number>;
  total: number;
  /** The total is an estimate: hits beyond those checked may lack a term the search left out. */
  approx: boolean;
  rows: AnyRow[];
}

export interface View extends FirstView {
  /** Counts of every dimension, each over the hits passing the other dimensions' filters. */
  facets: FacetResult['counts'];
}

/** Hits of one kind in rank order, the year filter of the query applied to targets. */
interface KindHits {
  count: number;
  exact: boolean;
  /** The first `n` hits. */
  first: (n: number) => number[];
}

/**
 * Targets whose year is one the query names (their facts known); the other kinds as ranked, less
 * the rows that lack a term the search left out (see verify.ts).
 */
async function hitsByKind(loader: Loader, facts: Facts, outcome: Outcome): Promise<Record<Kind, KindHits>> {
  const m = await loader.manifest();
  const years = outcome.query.years;
  if (years.length > 0) await outcome.facts();
  const out = {} as Record<Kind, KindHits>;
  for (const kind of KINDS) {
    let tiers = KIND_TIERS[kind].map((t) => outcome.ranks[t]!);
    // A year in the query asks for targets set for that year, whatever words their text uses.
    if (kind === 'target' && years.length > 0)
      tiers = tiers.map((ids) => ids.filter((id) => years.includes(facts.yearOf(id) ?? -1)));
    const ranked: number[] = [];
    for (const t of tiers) for (let i = 0; i < t.length; i++) ranked.push(t[i]!);
    out[kind] = { count: ranked.length, exact: true, first: (n) => ranked.slice(0, n) };
  }
  await Promise.all(
    KINDS.map(async (kind) => {
      const c = await checkedHits(loader, m, outcome, kind, out[kind].first(out[kind].count));
      out[kind] = { count: c.count, exact: c.exact, first: (n) => c.ids.slice(0, n) };
    }),
  );
  return out;
}

/** The facet columns of an outcome, made once: a facet click or a repeated query only counts again. */
const columnsOf = new WeakMap<Outcome, HitColumns>();

async function hitColumns(loader: Loader, facts: Facts, outcome: Outcome): Promise<HitColumns> {
  const known = columnsOf.get(outcome);
  if (known) return known;
  await outcome.facts();
  const byKind = await hitsByKind(loader, facts, outcome);
  const ranked = KINDS.flatMap((k) => byKind[k].first(byKind[k].count));
  const columns = facts.columns(ranked, await loader.plans());
  columnsOf.set(outcome, columns);
  return columns;
}

/** Whether a filter other than the kind is chosen (the first view then needs every hit's facts). */
function filtered(filters: Filters): boolean {
  return DIMS.some((d) => d !== 'kind' && filters[d] !== undefined);
}

/**
 * The tabs, count and first rows of a search outcome under the filters. Without a filter beyond
 * the kind, the tiers say all it takes (they are grouped by kind): the rows are asked for at once
 * and the hits' facts wait for the facets, but for the years of targets when the query has a year.
 */
export async function firstView(
  loader: Loader,
  facts: Facts,
  outcome: Outcome,
  filters: Filters,
  limit: number,
): Promise<FirstView> {
  const m = await loader.manifest();
  let tabs: Map<string, number>;
  let kept: (kind: Kind, n: number) => number[];
  // The hits each tab lists once left-out terms are checked; under a filter, counted over those.
  const byKind = await hitsByKind(loader, facts, outcome);
  if (filtered(filters)) {
    const columns = await hitColumns(loader, facts, outcome);
    const ctx = { m, plans: await loader.plans() };
    tabs = kindCounts(columns, filters, ctx);
    kept = (kind, n) => keptHits(columns, { ...filters, kind }, ctx).slice(0, n);
  } else {
    tabs = new Map(KINDS.map((k) => [k, byKind[k].count]));
    kept = (kind, n) => byKind[kind].first(n);
  }
  const exact = (kind: Kind) => byKind[kind].exact;
  const kind = (filters.kind as Kind | undefined) ?? KINDS.find((k) => (tabs.get(k) ?? 0) > 0) ?? 'target';
  const total = tabs.get(kind) ?? 0;
  return {
    outcome,
    kind,
    tabs,
    total,
    approx: !exact(kind),
    rows: await firstRows(loader, m, outcome, kept(kind, outcome.partial ? limit * 16 : limit), limit),
  };
}

/** The facet counts of a search outcome under the filters, the kind shown included. */
export async function facetView(
  loader: Loader,
  facts: Facts,
  outcome: Outcome,
  filters: Filters,
  kind: Kind,
): Promise<FacetResult['counts']> {
  const columns = await hitColumns(loader, facts, outcome);
  const [m, plans] = await Promise.all([loader.manifest(), loader.plans()]);
  return facetCounts(columns, { ...filters, kind }, { m, plans }).counts;
}

/** Both at once. */
export async function buildView(
  loader: Loader,
  facts: Facts,
  outcome: Outcome,
  filters: Filters,
  limit: number,
): Promise<View> {
  const first = await firstView(loader, facts, outcome, filters, limit);
  return { ...first, facets: await facetView(loader, facts, outcome, filters, first.kind) };
}

/**
 * The first rows. When terms were left out, rows lacking one are dropped here; the next rows are
 * fetched twice as many at a time, so a few dropped rows rarely cost another round of requests.
 */
async function firstRows(
  loader: Loader,
  m: Manifest,
  outcome: Outcome,
  kept: readonly number[],
  limit: number,
): Promise<AnyRow[]> {
  if (!outcome.partial) return loadRows(loader, m, kept.slice(0, limit));
  const out: AnyRow[] = [];
  for (let at = 0, step = limit * 2; at < kept.length && out.length < limit; at += step) {
    const rows = await loadRows(loader, m, kept.slice(at, at + step));
    out.push(...rows.filter((r) => keepsRow(r, outcome.query.terms)));
  }
  return out.slice(0, limit);
}

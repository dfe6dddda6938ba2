import type { Kind, Manifest } from '../format.ts';
import { holdsAll } from '../highlight.ts';
import type { Outcome } from './engine.ts';
import type { Loader } from './loader.ts';
import { loadRows, type AnyRow } from './rows.ts';

/** Hits of one kind after their texts were checked for the terms the search left out. */
export interface Checked {
  /** Hits in rank order: those checked and kept, then any beyond the check, unchecked. */
  ids: number[];
  /** Every hit was checked, so `ids.length` is the number of rows the list will show. */
  exact: boolean;
  /** Rows the list will show: exact, or estimated from the share of checked hits kept. */
  count: number;
}

/**
 * Hits checked per kind at most, all fetched at once before the first results are drawn: enough
 * that a short list is counted exactly; a longer one is estimated (and the headline says 约),
 * since its hits may sit in as many display blocks as there are hits.
 */
export const CHECK_LIMIT = 64;

export function rowText(r: AnyRow): string {
  if (r.kind === 'target') return `${r.row[2]} ${r.row[6]}`;
  return r.kind === 'task' ? `${r.row[2]} ${r.row[3]}` : r.row[2];
}

/** Whether a row stays in the list: targets are found by their indicator too, other rows need every term. */
export function keepsRow(r: AnyRow, terms: readonly string[]): boolean {
  return r.kind === 'target' || holdsAll(rowText(r), terms);
}

const checked = new WeakMap<Outcome, Map<Kind, Promise<Checked>>>();

/**
 * When terms were left out of a search, some hits lack one and would be dropped from the list:
 * they are checked here first, so the tabs, facets and headline count only rows that are listed.
 */
export function checkedHits(
  loader: Loader,
  m: Manifest,
  outcome: Outcome,
  kind: Kind,
  ranked: readonly number[],
): Promise<Checked> {
  if (!outcome.partial || kind === 'target')
    return Promise.resolve({ ids: [...ranked], exact: true, count: ranked.length });
  let byKind = checked.get(outcome);
  if (!byKind) checked.set(outcome, (byKind = new Map()));
  let p = byKind.get(kind);
  if (!p) {
    p = check(loader, m, outcome, ranked);
    byKind.set(kind, p);
    p.catch(() => byKind.delete(kind));
  }
  return p;
}

async function check(loader: Loader, m: Manifest, outcome: Outcome, ranked: readonly number[]): Promise<Checked> {
  const head = ranked.slice(0, CHECK_LIMIT);
  const rows = await loadRows(loader, m, head);
  const kept = rows.filter((r) => keepsRow(r, outcome.query.terms)).map((r) => r.id);
  const rest = ranked.slice(CHECK_LIMIT);
  const exact = rest.length === 0;
  const count = exact ? kept.length : Math.round((kept.length / head.length) * ranked.length);
  return { ids: [...kept, ...rest], exact, count };
}

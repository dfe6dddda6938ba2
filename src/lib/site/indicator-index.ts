import type { IndicatorEntry } from '../lexicon/types.ts';
import type { IndicatorRecord } from '../types.ts';
import type { SiteLexicon } from './data/lexicon.ts';
import { byId, recordsWith } from './data/index-by.ts';

export interface IndicatorSummary {
  id: string;
  entry: IndicatorEntry | undefined;
  name: string;
  category: string;
  records: readonly IndicatorRecord[];
  plans: number;
}

/**
 * Canonical indicators that some plan sets, in lexicon order; ids the lexicon does not know
 * (an export newer than the lexicon) still get a page, named by id, at the end.
 */
export function indicatorSummaries(lexicon: SiteLexicon, targets: readonly IndicatorRecord[]): IndicatorSummary[] {
  // pages and every plan's data file ask for these: worked out once per lexicon and list of targets
  let byTargets = cache.get(lexicon);
  if (!byTargets) cache.set(lexicon, (byTargets = new WeakMap()));
  const known = byTargets.get(targets);
  if (known) return known;
  const made = summaries(lexicon, targets);
  byTargets.set(targets, made);
  return made;
}

const cache = new WeakMap<SiteLexicon, WeakMap<readonly IndicatorRecord[], IndicatorSummary[]>>();

function summaries(lexicon: SiteLexicon, targets: readonly IndicatorRecord[]): IndicatorSummary[] {
  const ids = new Set(targets.flatMap((t) => (t.indicator === null ? [] : [t.indicator])));
  const known = lexicon.indicators.filter((i) => ids.has(i.id)).map((i) => i.id);
  const unknown = [...ids].filter((id) => !known.includes(id)).sort();
  return [...known, ...unknown].map((id) => {
    const entry = byId(lexicon.indicators, id);
    const records = recordsWith(targets, 'indicator', id);
    return {
      id,
      entry,
      name: entry?.name ?? id,
      category: entry?.category ?? '未分类',
      records,
      plans: new Set(records.map((r) => r.plan)).size,
    };
  });
}

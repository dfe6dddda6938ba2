import type { TermVector } from './vectors.ts';

/** How many of a task's most telling terms look for candidates. */
const PROBE_TERMS = 10;
/** Posting entries one task may visit: bounds the work per task whatever the library's size. */
const VISIT_BUDGET = 600;
/** How many candidates, by shared probe terms, are scored in full. */
const MAX_CANDIDATES = 30;

/**
 * Candidate neighbours of every task from an inverted index of its heaviest terms, rarest
 * first, so the work grows with tasks × candidates rather than with the square of the tasks.
 */
export function candidateLists(vectors: readonly TermVector[], df: Int32Array, groups: readonly string[]): number[][] {
  const probes = vectors.map((v) => probeTerms(v, df));
  const postings = new Map<number, number[]>();
  probes.forEach((terms, task) => {
    for (const id of terms) {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(task);
    }
  });
  const counts = new Int32Array(vectors.length);
  return probes.map((terms, task) => {
    const touched: number[] = [];
    let budget = VISIT_BUDGET;
    for (const id of terms) {
      const list = postings.get(id)!;
      for (let k = 0; k < list.length && budget > 0; k++, budget--) {
        const other = list[k]!;
        if (groups[other] === groups[task]) continue;
        if (counts[other]!++ === 0) touched.push(other);
      }
    }
    const ranked = touched.sort((a, b) => counts[b]! - counts[a]! || a - b).slice(0, MAX_CANDIDATES);
    for (const other of touched) counts[other] = 0;
    return ranked;
  });
}

/** A task's heaviest terms that another task shares too, rarest first. */
function probeTerms(v: TermVector, df: Int32Array): number[] {
  const usable: number[] = [];
  for (let k = 0; k < v.ids.length; k++) if (df[v.ids[k]!]! >= 2) usable.push(k);
  return usable
    .sort((a, b) => v.weights[b]! - v.weights[a]! || v.ids[a]! - v.ids[b]!)
    .slice(0, PROBE_TERMS)
    .map((k) => v.ids[k]!)
    .sort((a, b) => df[a]! - df[b]! || a - b);
}

import { termCounts, type TaskText } from './terms.ts';

/** A task's terms as ids with TF-IDF weights, sorted by id and scaled to unit length. */
export interface TermVector {
  ids: Int32Array;
  weights: Float32Array;
}

export interface Vectors {
  vectors: TermVector[];
  /** Document frequency per term id. */
  df: Int32Array;
}

/** Weighs every task's terms by how rare they are across all tasks (inverse document frequency). */
export function buildVectors(tasks: readonly TaskText[]): Vectors {
  const termIds = new Map<number, number>();
  const counted = tasks.map((t) => {
    const counts = termCounts(t);
    const ids: number[] = [];
    const tf: number[] = [];
    for (const [term, n] of counts) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      ids.push(id);
      tf.push(n);
    }
    return { ids, tf };
  });
  const df = new Int32Array(termIds.size);
  for (const c of counted) for (const id of c.ids) df[id]!++;
  const n = tasks.length;
  const vectors = counted.map(({ ids, tf }) => {
    const order = ids.map((_, i) => i).sort((a, b) => ids[a]! - ids[b]!);
    const v = { ids: Int32Array.from(order, (i) => ids[i]!), weights: new Float32Array(order.length) };
    let norm = 0;
    order.forEach((i, k) => {
      const w = (1 + Math.log(tf[i]!)) * Math.log(1 + n / df[ids[i]!]!);
      v.weights[k] = w;
      norm += w * w;
    });
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < v.weights.length; k++) v.weights[k]! *= scale;
    return v;
  });
  return { vectors, df };
}

/** Cosine of two unit vectors: a merge over their sorted term ids. */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

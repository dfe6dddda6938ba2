import { candidateLists } from './candidates.ts';
import { buildVectors, cosine } from './vectors.ts';

interface TaskLike {
  id: string;
  plan: string;
  title: string;
  text: string;
  topics: readonly string[];
}

export interface SimilarTask<T> {
  task: T;
  sharedTopics: string[];
  /** Cosine similarity of the TF-IDF weighted character pairs of title and opening, 0..1. */
  overlap: number;
}

/** Below this the wording shares only generic words; nothing is shown rather than a weak match. */
export const SIMILARITY_FLOOR = 0.12;

/**
 * Similar tasks of other plans for every task, closest first, and the same link from both ends:
 * pairs are taken best first while both tasks still have room, so every list stays short and a
 * reader can always walk back.
 */
export function similarityMap<T extends TaskLike>(all: readonly T[], limit = 5): Map<string, SimilarTask<T>[]> {
  const { vectors, df } = buildVectors(all);
  const candidates = candidateLists(
    vectors,
    df,
    all.map((t) => t.plan),
  );
  const pairs: [number, number, number][] = [];
  candidates.forEach((list, a) => {
    for (const b of list) {
      if (b <= a && candidates[b]!.includes(a)) continue; // scored from the other end
      const overlap = Math.round(cosine(vectors[a]!, vectors[b]!) * 100) / 100;
      if (overlap >= SIMILARITY_FLOOR) pairs.push([overlap, Math.min(a, b), Math.max(a, b)]);
    }
  });
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const lists = all.map((): SimilarTask<T>[] => []);
  const entry = (a: number, b: number, overlap: number): SimilarTask<T> => ({
    task: all[b]!,
    sharedTopics: all[b]!.topics.filter((t) => all[a]!.topics.includes(t)),
    overlap,
  });
  for (const [overlap, a, b] of pairs) {
    if (lists[a]!.length >= limit || lists[b]!.length >= limit) continue;
    if (lists[a]!.some((s) => s.task === all[b])) continue;
    lists[a]!.push(entry(a, b, overlap));
    lists[b]!.push(entry(b, a, overlap));
  }
  return new Map(all.map((t, i) => [t.id, lists[i]!]));
}

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
  /** Character-bigram overlap (Jaccard) of the titles and opening text, 0..1. */
  overlap: number;
}

/** Enough of a task to say what it is about; the rest is mostly responsibilities and boilerplate. */
const OPENING = 160;
const MIN_OVERLAP = 0.2;
const bigramCache = new WeakMap<object, Set<string>>();

function bigrams(task: TaskLike): Set<string> {
  const cached = bigramCache.get(task);
  if (cached) return cached;
  const chars = `${task.title}${task.text.slice(0, OPENING)}`.replace(/[^\p{L}\p{N}]/gu, '');
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars.slice(i, i + 2));
  bigramCache.set(task, set);
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Tasks of other plans on the same topic or worded alike, closest first. */
export function similarTasks<T extends TaskLike>(task: T, all: readonly T[], limit = 5): SimilarTask<T>[] {
  const mine = bigrams(task);
  return all
    .filter((other) => other.plan !== task.plan)
    .map((other) => ({
      task: other,
      sharedTopics: other.topics.filter((t) => task.topics.includes(t)),
      overlap: Math.round(jaccard(mine, bigrams(other)) * 100) / 100,
    }))
    .filter((s) => s.sharedTopics.length > 0 || s.overlap >= MIN_OVERLAP)
    .sort((a, b) => b.overlap + b.sharedTopics.length * 0.5 - (a.overlap + a.sharedTopics.length * 0.5) || (a.task.id < b.task.id ? -1 : 1))
    .slice(0, limit);
}

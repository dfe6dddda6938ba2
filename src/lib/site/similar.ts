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

function compared<T extends TaskLike>(task: T, other: T): SimilarTask<T> {
  return {
    task: other,
    sharedTopics: other.topics.filter((t) => task.topics.includes(t)),
    overlap: Math.round(jaccard(bigrams(task), bigrams(other)) * 100) / 100,
  };
}

const score = (s: SimilarTask<TaskLike>) => s.overlap + s.sharedTopics.length * 0.5;
const related = (s: SimilarTask<TaskLike>) => s.sharedTopics.length > 0 || s.overlap >= MIN_OVERLAP;
const closestFirst = (a: SimilarTask<TaskLike>, b: SimilarTask<TaskLike>) =>
  score(b) - score(a) || (a.task.id < b.task.id ? -1 : 1);

/** Tasks of other plans on the same topic or worded alike, closest first. */
export function similarTasks<T extends TaskLike>(task: T, all: readonly T[], limit = 5): SimilarTask<T>[] {
  return all
    .filter((other) => other.plan !== task.plan)
    .map((other) => compared(task, other))
    .filter(related)
    .sort(closestFirst)
    .slice(0, limit);
}

/**
 * Similar tasks for every task, linked both ways: when B is among A's closest, A is listed on
 * B's page too even if B has closer matches of its own, so a reader can always walk back.
 */
export function similarityMap<T extends TaskLike>(all: readonly T[], limit = 5): Map<string, SimilarTask<T>[]> {
  const map = new Map(all.map((t) => [t.id, similarTasks(t, all, limit)]));
  for (const task of all) {
    for (const s of map.get(task.id)!) {
      const back = map.get(s.task.id)!;
      if (!back.some((b) => b.task.id === task.id)) back.push(compared(s.task, task));
    }
  }
  for (const list of map.values()) list.sort(closestFirst);
  return map;
}

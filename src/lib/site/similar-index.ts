import type { TaskRecord } from '../types.ts';
import { similarityMap, type SimilarTask } from './similar/rank.ts';

const cache = new WeakMap<object, Map<string, SimilarTask<TaskRecord>[]>>();

/** Similar tasks of one task; the map over all tasks is built once per build, since links go both ways. */
export function similarFor(tasks: readonly TaskRecord[], id: string): SimilarTask<TaskRecord>[] {
  let map = cache.get(tasks);
  if (!map) {
    map = similarityMap(tasks);
    cache.set(tasks, map);
  }
  return map.get(id) ?? [];
}

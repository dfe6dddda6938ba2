import type { TaskRecord } from '../types.ts';
import { oncePer } from './data/once-per.ts';
import { similarityMap, type SimilarTask } from './similar/rank.ts';

const similarAll = oncePer((tasks: readonly TaskRecord[]) => similarityMap(tasks));

/** Similar tasks of one task; the map over all tasks is built once per build, since links go both ways. */
export function similarFor(tasks: readonly TaskRecord[], id: string): SimilarTask<TaskRecord>[] {
  return similarAll(tasks).get(id) ?? [];
}

import { fileNames, type Manifest } from '../format.ts';
import { shardOf } from '../shard.ts';
import type { Loader } from './loader.ts';

/** A plan's number by its id (a shared link names the plan), from the one small file that holds it. */
export async function planNumber(loader: Loader, m: Manifest, id: string): Promise<number | undefined> {
  const numbers = await loader.json<Record<string, number>>(fileNames.planNumbers(shardOf(id, m.planIdBuckets)));
  return Object.hasOwn(numbers, id) ? numbers[id] : undefined;
}

import { encodeDictionary, type DictEntry } from '../dictionary.ts';
import { fileNames, type Field } from '../format.ts';
import { shardOf } from '../shard.ts';
import type { Emit } from './emit.ts';
import type { FieldPostings } from './postings.ts';

/** Lists up to this many bytes travel inside their dictionary shard; longer ones get a file. */
export const INLINE_MAX = 384;
/** Aim for about this many entries a shard: a query fetches one small shard per term. */
const ENTRIES_PER_SHARD = 96;

export function shardCount(terms: number): number {
  let shards = 8;
  while (shards * ENTRIES_PER_SHARD < terms && shards < 65536) shards *= 2;
  return shards;
}

/** Writes the dictionary shards and the postings files of long lists; returns the shard count. */
export function writeDictionaries(emit: Emit, fields: ReadonlyMap<Field, FieldPostings>): number {
  let terms = 0;
  for (const postings of fields.values()) terms += postings.lists.size;
  const shards = shardCount(terms);
  const buckets: DictEntry[][] = Array.from({ length: shards }, () => []);
  const files = new Array<number>(shards).fill(0);
  for (const [field, postings] of fields) {
    for (const [term, list] of postings.lists) {
      const shard = shardOf(term, shards);
      const bytes = list.bytes();
      if (bytes.length <= INLINE_MAX) {
        buckets[shard]!.push({ term, field, df: list.count, inline: bytes, file: -1, bytes: bytes.length });
        continue;
      }
      const file = files[shard]!++;
      emit(fileNames.postings(shard, file), bytes);
      buckets[shard]!.push({ term, field, df: list.count, inline: null, file, bytes: bytes.length });
    }
    postings.lists.clear();
  }
  buckets.forEach((entries, shard) => emit(fileNames.dictionary(shard), encodeDictionary(entries)));
  return shards;
}

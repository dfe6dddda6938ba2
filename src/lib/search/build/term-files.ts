import { factIds, writeFacts, type FactLayout } from '../facts.ts';
import { fileNames, type BigTable } from '../format.ts';
import { shardOf } from '../shard.ts';
import { encodeTermEntries, type TermEntry } from '../term-file.ts';
import { ByteWriter, decodeIds } from '../varint.ts';
import type { Emit } from './emit.ts';
import type { FactStore } from './fact-store.ts';
import type { FieldPostings } from './postings.ts';

/**
 * A term whose entry is larger than this gets a file of its own, listed with its size in the
 * manifest, and is fetched only when a query needs it; every other term sits in a bucket file
 * that a query fetches without asking first. The size bounds what a small term can cost.
 */
export const BIG_MIN = 12 * 1024;
/**
 * Buckets hold about this many terms, or this many bytes, whichever makes fewer files: a query
 * fetches one bucket per small term and little else with it, and the build writes few files (a
 * small corpus, whose terms are all rare, needs only a few hundred).
 */
const TERMS_PER_BUCKET = 4;
const BUCKET_BYTES = 4096;
const EMPTY = new Uint8Array(0);

export function bucketCount(terms: number, bytes: number): number {
  const wanted = Math.min(Math.ceil(terms / TERMS_PER_BUCKET), Math.ceil(bytes / BUCKET_BYTES));
  let buckets = 16;
  while (buckets < wanted) buckets *= 2;
  return buckets;
}

/** Writes the bucket and big-term files; returns the bucket count and the table of big terms. */
export function writeTermFiles(
  emit: Emit,
  names: FieldPostings,
  texts: FieldPostings,
  facts: FactStore,
  layout: FactLayout,
): { buckets: number; big: BigTable } {
  const nameLists = new Map(names.drain());
  const small: TermEntry[] = [];
  let smallBytes = 0;
  const big: [term: string, bytes: number][] = [];
  const limit = layout.targets + layout.tasks;
  const add = (term: string, name: Uint8Array, text: Uint8Array) => {
    const out = new ByteWriter();
    writeFacts(
      out,
      factIds(decodeIds(name, 0, name.length, limit), decodeIds(text, 0, text.length, limit), limit),
      layout,
      (id) => facts.target(id),
      (id) => facts.task(id, layout.targets),
    );
    const entry: TermEntry = { term, name, text, facts: out.bytes() };
    const size = name.length + text.length + entry.facts.length;
    if (size <= BIG_MIN) {
      small.push(entry);
      smallBytes += size;
      return;
    }
    const bytes = encodeTermEntries([entry]);
    emit(fileNames.big(big.length), bytes);
    big.push([term, bytes.length]);
  };
  for (const [term, list] of texts.drain()) {
    const name = nameLists.get(term);
    nameLists.delete(term);
    add(term, name ? name.bytes() : EMPTY, list.bytes());
  }
  for (const [term, list] of nameLists) add(term, list.bytes(), EMPTY);
  const buckets = bucketCount(small.length, smallBytes);
  const byBucket: TermEntry[][] = Array.from({ length: buckets }, () => []);
  for (const entry of small) byBucket[shardOf(entry.term, buckets)]!.push(entry);
  small.length = 0;
  byBucket.forEach((entries, b) => emit(fileNames.bucket(b), encodeTermEntries(entries)));
  // Files are numbered as written; the table is sorted for lookup.
  const order = big.map((_, i) => i).sort((a, b) => (big[a]![0] < big[b]![0] ? -1 : big[a]![0] > big[b]![0] ? 1 : 0));
  return { buckets, big: { terms: order.map((i) => big[i]![0]), bytes: order.map((i) => big[i]![1]), files: order } };
}

import { ByteReader, ByteWriter } from './varint.ts';

/**
 * One term as stored: its entry of FlexSearch's exported map for each field ([term, [ids]] with
 * one score slot, the ids gap-coded), and the facet facts of the targets and tasks among those
 * ids (see facts.ts), so that a search needs no further file to count its facets.
 */
export interface TermEntry {
  term: string;
  name: Uint8Array;
  text: Uint8Array;
  facts: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A bucket file holds every small term hashed to it; a big term's file holds that term alone. */
export function encodeTermEntries(entries: readonly TermEntry[]): Uint8Array {
  const out = new ByteWriter();
  for (const e of entries) {
    out.chunk(encoder.encode(e.term));
    out.chunk(e.name);
    out.chunk(e.text);
    out.chunk(e.facts);
  }
  return out.bytes();
}

/** The entry of one term in a term file, or null when the file does not hold it. */
export function findTermEntry(bytes: Uint8Array, term: string): TermEntry | null {
  const wanted = encoder.encode(term);
  const r = new ByteReader(bytes);
  while (!r.done) {
    const t = r.chunk();
    const name = r.chunk();
    const text = r.chunk();
    const facts = r.chunk();
    if (sameBytes(t, wanted)) return { term, name, text, facts };
  }
  return null;
}

export function decodeTermEntries(bytes: Uint8Array): TermEntry[] {
  const out: TermEntry[] = [];
  const r = new ByteReader(bytes);
  while (!r.done) out.push({ term: decoder.decode(r.chunk()), name: r.chunk(), text: r.chunk(), facts: r.chunk() });
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

import type { Field } from './format.ts';
import { FIELDS } from './format.ts';
import { pushVarint, readVarint } from './varint.ts';

/** One term of one field in a dictionary shard: how many documents, and where the list is. */
export interface DictEntry {
  term: string;
  field: Field;
  df: number;
  /** Gap-coded ids when the list is small enough to travel with the dictionary. */
  inline: Uint8Array | null;
  /** Otherwise the number of the postings file of this shard, and its size in bytes. */
  file: number;
  bytes: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Binary layout, entry after entry: term length and UTF-8 bytes, field (0 name, 1 text), df,
 * inline byte count (0 when spilled) and the bytes, or else the file number and its size.
 */
export function encodeDictionary(entries: readonly DictEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    const term = encoder.encode(e.term);
    pushVarint(out, term.length);
    for (const b of term) out.push(b);
    out.push(FIELDS.indexOf(e.field));
    pushVarint(out, e.df);
    pushVarint(out, e.inline ? e.inline.length : 0);
    if (e.inline) for (const b of e.inline) out.push(b);
    else {
      pushVarint(out, e.file);
      pushVarint(out, e.bytes);
    }
  }
  return Uint8Array.from(out);
}

export function decodeDictionary(bytes: Uint8Array): DictEntry[] {
  const entries: DictEntry[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    let len: number;
    [len, pos] = readVarint(bytes, pos);
    const term = decoder.decode(bytes.subarray(pos, pos + len));
    pos += len;
    const field = FIELDS[bytes[pos++]!]!;
    let df: number;
    let inlineLen: number;
    [df, pos] = readVarint(bytes, pos);
    [inlineLen, pos] = readVarint(bytes, pos);
    if (inlineLen > 0) {
      entries.push({ term, field, df, inline: bytes.subarray(pos, pos + inlineLen), file: -1, bytes: inlineLen });
      pos += inlineLen;
      continue;
    }
    let file: number;
    let size: number;
    [file, pos] = readVarint(bytes, pos);
    [size, pos] = readVarint(bytes, pos);
    entries.push({ term, field, df, inline: null, file, bytes: size });
  }
  return entries;
}

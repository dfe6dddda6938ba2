import type { BigTable, Manifest } from './format.ts';
import { ByteReader, ByteWriter } from './varint.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Big-term sizes are kept to this many bytes: enough to order terms and keep to a budget. */
const SIZE_UNIT = 64;

/**
 * The one file a results page needs before any query: the manifest (JSON, but for its table of
 * big terms, which is most of it: their terms as one text, their sizes and file numbers as
 * varints, all read without building an object per term).
 */
export function encodeHead(manifest: Manifest): Uint8Array {
  const { big, ...rest } = manifest;
  const out = new ByteWriter();
  out.chunk(encoder.encode(JSON.stringify(rest)));
  out.chunk(encoder.encode(big.terms.join('\n')));
  const numbers = new ByteWriter();
  for (let i = 0; i < big.terms.length; i++) {
    numbers.varint(Math.ceil(big.bytes[i]! / SIZE_UNIT));
    numbers.varint(big.files[i]!);
  }
  out.chunk(numbers.bytes());
  return out.bytes();
}

export function decodeHead(bytes: Uint8Array): Manifest {
  const r = new ByteReader(bytes);
  const rest = JSON.parse(decoder.decode(r.chunk())) as Omit<Manifest, 'big'>;
  const text = decoder.decode(r.chunk());
  const terms = text === '' ? [] : text.split('\n');
  const numbers = new ByteReader(r.chunk());
  const big: BigTable = { terms, bytes: new Uint32Array(terms.length), files: new Uint32Array(terms.length) };
  for (let i = 0; i < terms.length; i++) {
    (big.bytes as Uint32Array)[i] = numbers.varint() * SIZE_UNIT;
    (big.files as Uint32Array)[i] = numbers.varint();
  }
  return { ...rest, big };
}

import { gunzipSync, gzipSync } from 'node:zlib';
import { isPacked } from '../packed.ts';

/**
 * Every index file is stored gzip-compressed and unpacked by the page, so a query transfers few
 * bytes whatever the web server does: an intranet server often sends these files as they are
 * (nginx compresses only HTML unless told otherwise). The index on disk shrinks the same way.
 */
export function pack(bytes: Uint8Array): Uint8Array {
  // A copy: Node's result may be a view into a shared pool, and consumers take its whole buffer.
  return new Uint8Array(gzipSync(bytes, { level: 6 }));
}

/** A stored index file as written before packing (for build-time readers and tools). */
export function unpackSync(bytes: Uint8Array): Uint8Array {
  return isPacked(bytes) ? gunzipSync(bytes) : bytes;
}

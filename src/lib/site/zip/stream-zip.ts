import { strToU8, Zip, ZipDeflate } from 'fflate';

/** Fixed entry times keep a rebuilt archive byte for byte the same. */
const MTIME = new Date(2020, 0, 1);

/** One file of an archive: its path and its content, whole or in pieces made one at a time. */
export type ZipEntry = [name: string, content: string | Uint8Array | Iterable<string | Uint8Array>];

const asBytes = (piece: string | Uint8Array) => (typeof piece === 'string' ? strToU8(piece) : piece);

/**
 * A ZIP archive whose files are compressed as they are made: a piece is let go once it is
 * deflated, so only the compressed archive is ever held whole, however large its files.
 */
export function streamZip(entries: Iterable<ZipEntry>): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, content] of entries) {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = MTIME;
    zip.add(file);
    if (typeof content === 'string' || content instanceof Uint8Array) file.push(asBytes(content), true);
    else {
      for (const piece of content) file.push(asBytes(piece));
      file.push(new Uint8Array(0), true);
    }
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

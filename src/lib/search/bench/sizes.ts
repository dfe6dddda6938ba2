import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export interface DirSize {
  files: number;
  raw: number;
  /** As served to a browser accepting gzip: the precompressed file where there is one. */
  gzip: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((n) => join(dir, n))
    .filter((p) => !p.endsWith('.gz') && statSync(p).isFile());
}

/**
 * Writes `name.gz` beside every file under the folders (gzip -9, as for nginx's gzip_static),
 * unless compression does not make it smaller (Pagefind's files are compressed already).
 */
export async function precompress(dirs: readonly string[]): Promise<void> {
  const files = dirs.flatMap(filesUnder);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++]!;
      const bytes = await readFile(path);
      const packed = await gzipAsync(bytes, { level: 9 });
      if (packed.length < bytes.length) await writeFile(`${path}.gz`, packed);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/** Bytes of every file under a folder, as stored and as served with gzip (after precompress). */
export function dirSize(dir: string): DirSize {
  const size: DirSize = { files: 0, raw: 0, gzip: 0 };
  for (const path of filesUnder(dir)) {
    const raw = statSync(path).size;
    size.files++;
    size.raw += raw;
    try {
      size.gzip += statSync(`${path}.gz`).size;
    } catch {
      size.gzip += raw;
    }
  }
  return size;
}

export function fileSize(path: string): { raw: number; gzip: number } {
  const raw = readFileSync(path).length;
  try {
    return { raw, gzip: statSync(`${path}.gz`).size };
  } catch {
    return { raw, gzip: raw };
  }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

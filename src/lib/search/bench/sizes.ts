import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DirSize {
  files: number;
  raw: number;
  gzip: number;
}

/** Bytes of every file under a folder, as stored and as gzip (level 6, what web servers commonly send). */
export function dirSize(dir: string): DirSize {
  const size: DirSize = { files: 0, raw: 0, gzip: 0 };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    size.files++;
    size.raw += bytes.length;
    size.gzip += gzipSync(bytes).length;
  }
  return size;
}

/** Gzip size of one served file, by its URL path under the site folder. */
export function gzipOf(siteDir: string, urlPath: string): number {
  try {
    const path = decodeURIComponent(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    return gzipSync(readFileSync(join(siteDir, path))).length;
  } catch {
    return 0;
  }
}

/** Size of one served file, by its URL path under the site folder. */
export function rawOf(siteDir: string, urlPath: string): number {
  try {
    return statSync(join(siteDir, decodeURIComponent(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath))).size;
  } catch {
    return 0;
  }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

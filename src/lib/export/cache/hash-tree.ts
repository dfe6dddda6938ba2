import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * SHA-256 over every regular file under `paths` (a file or a folder, walked in code-unit order),
 * each as its path relative to its root and its bytes, so renaming, editing, adding or removing
 * any file changes the hash. A path that does not exist counts as such, not as an error.
 */
export function hashTree(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(`root\0${path}\0`);
    feed(hash, path, '');
  }
  return hash.digest('hex');
}

function feed(hash: Hash, path: string, rel: string): void {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    hash.update(`missing\0${rel}\0`);
    return;
  }
  if (stat.isDirectory()) {
    const names = readdirSync(path).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) feed(hash, join(path, name), rel === '' ? name : `${rel}/${name}`);
    return;
  }
  if (!stat.isFile()) return;
  const bytes = readFileSync(path);
  hash.update(`file\0${rel}\0${bytes.length}\0`);
  hash.update(bytes);
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads one export file; a missing file means the extraction was not run, which the message says. */
export function readJson<T>(dir: string, name: string): T {
  const path = join(dir, name);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run "npm run extract -- --out ${dir}" first, or set PLANATLAS_DATA`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readOptionalJson<T>(dir: string, name: string): T | null {
  return existsSync(join(dir, name)) ? readJson<T>(dir, name) : null;
}

import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ENTRY = /^[0-9a-f]{64}\.json$/u;
const LEFTOVER = /^[0-9a-f]{64}\.json\.\d+\.tmp$/u;

/**
 * Deletes the entries no plan of this run used, and temporary files of a run that was stopped, so
 * the folder holds one entry per plan of the library however often plans are edited. Files it did
 * not write are left alone.
 */
export function prune(dir: string, keep: ReadonlySet<string>): void {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const stale = (ENTRY.test(name) && !keep.has(name.slice(0, -'.json'.length))) || LEFTOVER.test(name);
    if (stale) rmSync(join(dir, name), { force: true });
  }
}

import { createHash } from 'node:crypto';

/** Characters an id may hold as is: they need no escaping in a URL path, a fragment or a file name. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const UNSAFE_RUN = /[^A-Za-z0-9_-]+/g;
const MAX_BASE = 60;

/**
 * The plan id for a text at `relPath` (relative to the plans folder, "/" between folders),
 * without its extension. A name that is already URL-safe is the id, so existing ids stay; a
 * subfolder joins the id with "-" (hubei/wuhan.txt → hubei-wuhan). Any other name (spaces,
 * "#", "?", Han characters) keeps its safe letters and gets a short hash of the whole name, so
 * the id is URL-safe, deterministic and different for different names; the name itself stays
 * in the plan's `file`.
 */
export function planId(stemPath: string): string {
  const segments = stemPath.split('/');
  if (segments.every((s) => SAFE_ID.test(s))) return segments.join('-');
  const base = stemPath
    .replace(UNSAFE_RUN, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE)
    .replace(/-+$/, '');
  const hash = createHash('sha256').update(stemPath, 'utf8').digest('hex').slice(0, 8);
  return base ? `${base}-${hash}` : `plan-${hash}`;
}

// Pages and download tables look records up by plan, task or indicator thousands of times per
// build; scanning the whole export each time made the build grow with the square of the library.
// Each index is built once per list (held weakly, so a test's small lists are freed with it).

const groups = new WeakMap<readonly object[], Map<PropertyKey, Map<unknown, unknown[]>>>();

/** The records of `list` grouped by the value of `key`, in their original order. */
export function indexBy<T extends object, K extends keyof T>(list: readonly T[], key: K): ReadonlyMap<T[K], T[]> {
  let byKey = groups.get(list);
  if (!byKey) groups.set(list, (byKey = new Map()));
  let index = byKey.get(key) as Map<T[K], T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const item of list) {
      const value = item[key];
      const bucket = index.get(value);
      if (bucket) bucket.push(item);
      else index.set(value, [item]);
    }
    byKey.set(key, index as Map<unknown, unknown[]>);
  }
  return index;
}

/** The records whose `key` equals `value` (an empty list when none). */
export function recordsWith<T extends object, K extends keyof T>(list: readonly T[], key: K, value: T[K]): readonly T[] {
  return indexBy(list, key).get(value) ?? EMPTY;
}

/** The record with this id, if any. */
export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  return recordsWith(list, 'id', id)[0];
}

/** The record with this id, which a page was made for: its absence is a defect of the build. */
export function requireId<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = byId(list, id);
  if (!found) throw new Error(`no ${what} "${id}"`);
  return found;
}

const EMPTY: readonly never[] = Object.freeze([]);

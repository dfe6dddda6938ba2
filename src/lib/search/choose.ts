import type { DictEntry } from './dictionary.ts';

/** Bytes of posting lists a query may fetch per field beyond its rarest term. */
export const LIST_BUDGET = 48 * 1024;

export interface Choice {
  /** Terms whose lists are fetched and intersected. */
  use: DictEntry[];
  /** Terms left out because their lists are long: the hits are then a superset, checked on display. */
  skipped: DictEntry[];
}

/**
 * Rarest terms first: the rarest list alone already bounds the hits, and each further list
 * only narrows them, so long lists (服务, 管理, 2025 …) are fetched only while within budget.
 * Lists that came inline with the dictionary cost nothing more and are always used.
 */
export function chooseTerms(entries: readonly DictEntry[], budget = LIST_BUDGET): Choice {
  const sorted = [...entries].sort((a, b) => a.bytes - b.bytes);
  const use: DictEntry[] = [];
  const skipped: DictEntry[] = [];
  let spent = 0;
  for (const e of sorted) {
    const cost = e.inline ? 0 : e.bytes;
    if (use.length === 0 || spent + cost <= budget) {
      use.push(e);
      spent += cost;
    } else skipped.push(e);
  }
  return { use, skipped };
}

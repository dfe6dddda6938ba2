import { fileNames, type BigTable, type Manifest } from './format.ts';
import { shardOf } from './shard.ts';

/** Bytes of big term files a query may fetch beyond the first it needs. */
export const BIG_BUDGET = 64 * 1024;
/**
 * Term files a query fetches at most. A request costs more than its bytes (several
 * milliseconds of browser work each, measured), and beyond the rarest two or three character
 * pairs of a phrase, more pairs hardly narrow the hits.
 */
export const MAX_FILES = 3;

export interface Choice {
  /** Terms whose files are fetched, and the file each is in. */
  use: { term: string; file: string }[];
  /** Terms left out: the hits are then a superset, checked on display. */
  skipped: string[];
}

/** Looks a term up in the sorted big-term table: its file and size, or undefined for a small term. */
export class BigTerms {
  constructor(private readonly table: BigTable) {}

  get(term: string): { file: number; bytes: number } | undefined {
    const { terms } = this.table;
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = terms[mid]!;
      if (t === term) return { file: this.table.files[mid]!, bytes: this.table.bytes[mid]! };
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  has(term: string): boolean {
    return this.get(term) !== undefined;
  }
}

export function bigTerms(m: Pick<Manifest, 'big'>): BigTerms {
  return new BigTerms(m.big);
}

/** Evenly spread picks, first and last included: the pairs of a long phrase, start to end. */
function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]!);
}

/**
 * Which term files a query fetches, at most a few. Small terms (rare pairs; their size is not
 * known, only that it is small) come first, spread over the phrase. Big terms follow rarest
 * first while within budget; the rarest is always fetched when nothing else bounds the hits,
 * and the name field (which leaves years out) always gets one of its own terms.
 */
export function chooseTerms(
  terms: readonly string[],
  nameTerms: readonly string[],
  big: BigTerms,
  buckets: number,
  budget = BIG_BUDGET,
): Choice {
  const small = terms.filter((t) => !big.has(t));
  const large = terms.filter((t) => big.has(t)).sort((a, b) => big.get(a)!.bytes - big.get(b)!.bytes);
  const chosen = new Set(spread(small, MAX_FILES));
  let spent = 0;
  for (const t of large) {
    const bytes = big.get(t)!.bytes;
    if (chosen.size === 0) chosen.add(t);
    else if (chosen.size < MAX_FILES && spent + bytes <= budget) {
      chosen.add(t);
      spent += bytes;
    }
  }
  if (nameTerms.length > 0 && !nameTerms.some((t) => chosen.has(t))) {
    const cheapest = [...nameTerms].sort((a, b) => (big.get(a)?.bytes ?? 0) - (big.get(b)?.bytes ?? 0))[0]!;
    chosen.add(cheapest);
  }
  const use = [...chosen].map((term) => {
    const b = big.get(term);
    return { term, file: b ? fileNames.big(b.file) : fileNames.bucket(shardOf(term, buckets)) };
  });
  return { use, skipped: terms.filter((t) => !chosen.has(t)) };
}

import type { Op } from '../../types.ts';

export type Better = 'higher' | 'lower';

interface Firm {
  value: number;
  op: Op | null;
}

/**
 * How firmly a target commits: a strict bound past the value (">80" where higher is better)
 * promises more than reaching it ("≥80", "达到80"), which promises more than "about 80".
 */
export function firmness(op: Op | null, better: Better): number {
  if (op === (better === 'higher' ? '>' : '<')) return 0;
  return op === '~' ? 2 : 1;
}

/** Negative when `a` is the more ambitious of two targets for the same year and unit. */
export function compareAmbition(a: Firm, b: Firm, better: Better): number {
  const byValue = better === 'higher' ? b.value - a.value : a.value - b.value;
  return byValue || firmness(a.op, better) - firmness(b.op, better);
}

/** Most ambitious first, ranks shared on ties; the sort is stable, so callers set the secondary order. */
export function rankByAmbition<T>(
  items: readonly T[],
  key: (item: T) => Firm,
  better: Better,
): { item: T; rank: number }[] {
  const sorted = [...items].sort((a, b) => compareAmbition(key(a), key(b), better));
  let rank = 0;
  return sorted.map((item, i) => {
    if (i === 0 || compareAmbition(key(sorted[i - 1]!), key(item), better) !== 0) rank = i + 1;
    return { item, rank };
  });
}

/**
 * Which of some targets are the most ambitious of their year: a target only competes with
 * others for the same year, and only when at least two do. Null entries never win.
 */
export function bestOfYear(items: readonly ((Firm & { year: number }) | null)[], better: Better): boolean[] {
  const winners = items.map(() => false);
  const years = new Set(items.flatMap((i) => (i ? [i.year] : [])));
  for (const year of years) {
    const same = items.flatMap((item, index) => (item && item.year === year ? [{ item, index }] : []));
    if (same.length < 2) continue;
    const top = rankByAmbition(same, (s) => s.item, better).filter((r) => r.rank === 1);
    for (const { item } of top) winners[item.index] = true;
  }
  return winners;
}

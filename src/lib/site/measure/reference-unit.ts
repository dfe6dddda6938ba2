import { countUnit, splitBase } from './units.ts';

/** One unit per indicator page: the lexicon's when it has one, else the one most targets use (ties: first seen). */
export function referenceUnit(units: readonly (string | null)[], lexiconUnit: string | null): string | null {
  if (lexiconUnit !== null) return countUnit(splitBase(lexiconUnit).unit);
  const counts = new Map<string | null, number>();
  for (const unit of units) {
    const key = countUnit(splitBase(unit).unit);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [unit, count] of counts) {
    if (count > bestCount) [best, bestCount] = [unit, count];
  }
  return best;
}

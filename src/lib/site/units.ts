/** Full-width forms (％ ／) and stray spaces must not make equal units look different. */
export function normalizeUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const plain = unit.normalize('NFKC').replace(/\s+/gu, '');
  return plain === '' ? null : plain;
}

/** The lexicon's unit when it has one, else the unit most records use (ties: first seen). */
export function referenceUnit(units: readonly (string | null)[], lexiconUnit: string | null): string | null {
  if (lexiconUnit !== null) return normalizeUnit(lexiconUnit);
  const counts = new Map<string | null, number>();
  for (const unit of units.map(normalizeUnit)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [unit, count] of counts) {
    if (count > bestCount) [best, bestCount] = [unit, count];
  }
  return best;
}

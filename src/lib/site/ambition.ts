import { normalizeUnit } from './units.ts';

export type Better = 'higher' | 'lower';

interface Measured {
  value: number | null;
  unit: string | null;
}

export interface Ranked<T> {
  record: T;
  /** False when the value is missing or in another unit: such targets are shown as 不可比. */
  comparable: boolean;
  /** 1 = most ambitious; equal values share a rank; null when not comparable. */
  rank: number | null;
}

export function isComparable(record: Measured, unit: string | null): record is Measured & { value: number } {
  return record.value !== null && Number.isFinite(record.value) && normalizeUnit(record.unit) === unit;
}

/** Most ambitious first; ties keep input order, so callers decide the secondary order. */
export function rankByAmbition<T extends Measured>(records: readonly T[], better: Better, unit: string | null): Ranked<T>[] {
  const sign = better === 'higher' ? -1 : 1;
  const comparable = records
    .filter((r) => isComparable(r, unit))
    .map((record, order) => ({ record, order }))
    .sort((a, b) => sign * (a.record.value! - b.record.value!) || a.order - b.order);
  const ranked: Ranked<T>[] = [];
  let previous: number | null = null;
  let rank = 0;
  comparable.forEach(({ record }, i) => {
    if (record.value !== previous) rank = i + 1;
    previous = record.value;
    ranked.push({ record, comparable: true, rank });
  });
  for (const record of records) {
    if (!isComparable(record, unit)) ranked.push({ record, comparable: false, rank: null });
  }
  return ranked;
}

/** The most ambitious of some values, or null when there are none. */
export function bestValue(values: readonly number[], better: Better): number | null {
  if (values.length === 0) return null;
  return better === 'higher' ? Math.max(...values) : Math.min(...values);
}

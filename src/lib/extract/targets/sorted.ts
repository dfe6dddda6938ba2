/** A time phrase's position and year (null for a recurring phrase such as 每年). */
export interface Phrase {
  at: number;
  year: number | null;
}

/** Index of the last element before `at` in a list sorted by position, or -1. */
export function lastBefore(list: readonly (Phrase | number)[], at: number): number {
  const pos = (x: Phrase | number) => (typeof x === 'number' ? x : x.at);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Ids present in every list (each ascending), ascending: what FlexSearch's search answers for
 * the same terms with resolution 1 (tests check this against FlexSearch itself). The shortest
 * list leads and the others are searched by galloping, so a short list against a long one
 * costs about the short one's length times a logarithm, however long the other is.
 */
export function intersectAll(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = sorted[0]!;
  for (let k = 1; k < sorted.length && result.length > 0; k++) result = intersectTwo(result, sorted[k]!);
  return result;
}

function intersectTwo(short: Int32Array, long: Int32Array): Int32Array {
  const out = new Int32Array(short.length);
  let n = 0;
  let lo = 0;
  for (let i = 0; i < short.length && lo < long.length; i++) {
    const id = short[i]!;
    // Gallop from the last position, then binary search in the bracket found.
    let step = 1;
    let hi = lo;
    while (hi < long.length && long[hi]! < id) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi > long.length - 1) hi = long.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (long[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    if (long[lo] === id) out[n++] = id;
  }
  return out.subarray(0, n);
}

/** The ids [start, end) as a list: the targets filed under one indicator. */
export function span(start: number, end: number): Int32Array {
  const out = new Int32Array(Math.max(0, end - start));
  for (let i = 0; i < out.length; i++) out[i] = start + i;
  return out;
}

/** The ids start, start + 1, …, end − 1: every target filed under an indicator. */
export function span(start: number, end: number): Int32Array {
  const out = new Int32Array(Math.max(0, end - start));
  for (let i = 0; i < out.length; i++) out[i] = start + i;
  return out;
}

/** Topic numbers as a bit set held in an ordinary number (exact up to 52 topics). */
export function topicMask(topics: readonly number[]): number {
  let mask = 0;
  for (const t of new Set(topics)) if (t >= 0 && t < 52) mask += 2 ** t;
  return mask;
}

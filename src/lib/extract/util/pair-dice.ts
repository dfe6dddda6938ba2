/** Share of character pairs two strings have in common (Dice's coefficient), 0 to 1. */
export function pairDice(x: string, y: string): number {
  const A = pairs(x);
  const B = pairs(y);
  let n = 0;
  for (const g of A) if (B.has(g)) n++;
  return (2 * n) / (A.size + B.size || 1);
}

function pairs(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

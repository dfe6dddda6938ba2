import { pairDice } from '../util/pair-dice.ts';
/** A name without spaces, brackets and punctuation, in NFKC form: equal names fold alike. */
export const fold = (s: string): string => s.normalize('NFKC').replace(/[\s“”"'()（）《》、，,。.:：;；\-—]/gu, '');

/** Likeness of two names, 0 to 1: 1 when equal, 0.9 when one contains the other, else bigram overlap. */
export function nameLikeness(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if (x.includes(y) || y.includes(x)) return 0.9;
  return bigramDice(a, b);
}

/** Share of character pairs two names have in common (Dice), 0 to 1. */
export function bigramDice(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return x ? 1 : 0;
  return pairDice(x, y);
}

import type { Op } from '../../types.ts';

/** Comparison words before a number, longest first where one contains another. */
export const PRE: [string, Op][] = [
  ['不得低于', '>='],
  ['不得少于', '>='],
  ['不得高于', '<='],
  ['不得超过', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['至少', '>='],
  ['≥', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['≤', '<='],
  ['超过', '>'],
  ['高于', '>'],
  ['＞', '>'],
  ['>', '>'],
  ['低于', '<'],
  ['＜', '<'],
  ['<', '<'],
  ['前', '<='],
  ['约', '~'],
];

/** Comparison words after a number's measure word. */
export const POST: [string, Op][] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['左右', '~'],
];

export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

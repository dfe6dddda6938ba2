import type { Quoted } from '../../types.ts';
import { toSource, type TextView } from '../view/text-view.ts';

/** Source span and verbatim quote of a view span, trimmed of white space at both ends. */
export function quoteOf(source: string, view: TextView, start: number, end: number): Quoted {
  let { start: s, end: e } = toSource(view, start, end);
  while (s < e && /[\s\u00a0\u2002\u3000]/u.test(source[s]!)) s++;
  while (e > s && /[\s\u00a0\u2002\u3000]/u.test(source[e - 1]!)) e--;
  return { start: s, end: e, quote: source.slice(s, e) };
}

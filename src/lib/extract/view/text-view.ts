import type { Span } from '../../types.ts';

/**
 * A read-only view of the source text with some spans cut out (page markers that split words).
 * Extraction reads the view so that cut words join again; every offset it finds is mapped back
 * to the source, so records always quote the source verbatim.
 */
export interface TextView {
  text: string;
  /** map[i] is the source offset of view character i; map[text.length] is the source length. */
  map: Int32Array;
}

export function identityView(source: string): TextView {
  const map = new Int32Array(source.length + 1);
  for (let i = 0; i <= source.length; i++) map[i] = i;
  return { text: source, map };
}

/** Builds a view of `source` without the given spans (sorted, non-overlapping). */
export function cutView(source: string, cuts: readonly Span[]): TextView {
  const kept: string[] = [];
  const map: number[] = [];
  let at = 0;
  for (const cut of cuts) {
    for (let i = at; i < cut.start; i++) map.push(i);
    kept.push(source.slice(at, cut.start));
    at = cut.end;
  }
  for (let i = at; i < source.length; i++) map.push(i);
  kept.push(source.slice(at));
  map.push(source.length);
  return { text: kept.join(''), map: Int32Array.from(map) };
}

/** Source span of a view span: from the first kept character to just after the last one. */
export function toSource(view: TextView, start: number, end: number): Span {
  if (end <= start) return { start: view.map[start]!, end: view.map[start]! };
  return { start: view.map[start]!, end: view.map[end - 1]! + 1 };
}

/** View offset of a source offset: the first view character at or after it. */
export function toView(view: TextView, offset: number): number {
  let lo = 0;
  let hi = view.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import type { Span } from '../../types.ts';

/**
 * A read-only view of the source text with some spans cut out (page furniture, chrome) and some
 * characters replaced by one of equal length (a lone "\r" read as "\n"). Extraction reads the
 * view so that cut words join again; every offset it finds is mapped back to the source, so
 * records always quote the source verbatim.
 */
export interface TextView {
  text: string;
  /** map[i] is the source offset of view character i; map[text.length] is the source length. */
  map: Int32Array;
}

/** A change to a view: its span cut out, or replaced by `text` of the same length. */
export interface ViewEdit extends Span {
  text?: string;
}

export function identityView(source: string): TextView {
  const map = new Int32Array(source.length + 1);
  for (let i = 0; i <= source.length; i++) map[i] = i;
  return { text: source, map };
}

/**
 * Applies edits (in `base` offsets) to a view; the result still maps to the original source.
 * Edits are taken in order of their start; one overlapping an earlier edit is skipped, so any
 * list gives a valid view.
 */
export function editView(base: TextView, edits: readonly ViewEdit[]): TextView {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  const map = new Int32Array(base.text.length + 1);
  let at = 0;
  let k = 0;
  const keep = (from: number, to: number, text = base.text.slice(from, to)) => {
    parts.push(text);
    map.set(base.map.subarray(from, to), k);
    k += to - from;
  };
  for (const e of sorted) {
    if (e.start < at || e.end <= e.start || e.end > base.text.length) continue;
    keep(at, e.start);
    if (e.text) {
      if (e.text.length !== e.end - e.start) throw new Error('a view replacement must keep the length');
      keep(e.start, e.end, e.text);
    }
    at = e.end;
  }
  keep(at, base.text.length);
  map[k] = base.map[base.text.length]!;
  return { text: parts.join(''), map: map.slice(0, k + 1) };
}

/** Builds a view of `source` without the given spans (sorted, non-overlapping). */
export function cutView(source: string, cuts: readonly Span[]): TextView {
  return editView(identityView(source), cuts);
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

/**
 * Joining text pieces the way they read on paper. Layout engines put spaces between Chinese and
 * Latin/digits ("到 2026 年") and between items a line is drawn in; none of them is text in
 * Chinese, while a space between two Latin words is.
 */

import type { Segment } from './types.ts';

/** A gap this wide (in font sizes) between Chinese in a line of text is a deliberate spread. */
const SPREAD = 2.5;

/** Han, CJK punctuation and full-width forms: characters around which a space is layout only. */
const WIDE = /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]/u;

export function isWide(char: string | undefined): boolean {
  return char !== undefined && WIDE.test(char);
}

/** Collapses runs of whitespace; drops them where either neighbour is wide. */
export function tidySpaces(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/ (?=.)|(?<=.) /gsu, (space, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + 1];
    return before === undefined || after === undefined || isWide(before) || isWide(after) ? '' : space;
  });
}

/**
 * Joins two pieces that meet: `gap` is the visual distance between them in font sizes. Latin
 * words meeting at a visible gap get a space; wide characters never do (a wrapped Chinese line
 * continues mid-word), unless the gap is a deliberate spread (≥ 1 em, e.g. a signature block).
 */
export function joinPieces(left: string, right: string, gap: number): string {
  if (left === '') return right;
  if (right === '') return left;
  const a = left.at(-1);
  const b = right[0];
  if (a === ' ' || b === ' ') return tidySpaces(left + right);
  const wide = isWide(a) || isWide(b);
  const space = wide ? gap >= 1 : gap >= 0.2;
  return space ? `${left} ${right}` : left + right;
}

/**
 * A line's cells as one line of text: letter-spaced Chinese ("目\u3000\u3000录") reads without its
 * spaces; a label and its caption ("表1\u3000主要指标") or a wide spread (a signature and its
 * date) keep one.
 */
export function lineText(segments: readonly Segment[]): string {
  let text = '';
  segments.forEach((s, i) => {
    const before = segments[i - 1];
    const gap = before ? (s.x0 - before.x1) / s.size : 0;
    const spaced = isWide(text.at(-1)) && isWide(s.text[0]);
    text = joinPieces(text, s.text, spaced && gap < SPREAD ? 0.5 : gap);
  });
  return text;
}

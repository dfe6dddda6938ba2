import { fold } from './normalize.ts';
import type { ParsedQuery } from './query.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * What to mark in a text: each run of the query where it occurs whole; a Han run that does not
 * occur whole (the hit came through its pairs, or through an alias) is marked pair by pair.
 */
function needles(folded: string, q: ParsedQuery): string[] {
  const out: string[] = [];
  for (const run of q.runs) {
    if (folded.includes(run.text) || run.kind !== 'han') out.push(run.text);
    else for (let i = 0; i + 1 < run.text.length; i++) out.push(run.text.slice(i, i + 2));
  }
  return out.filter((n) => n.length > 0);
}

/**
 * Marked stretches of a text. Folding (NFKC) may change lengths, so positions are only taken
 * from the folded text when it has the same length as the original; otherwise the text is
 * matched case-insensitively as it stands.
 */
export function highlight(text: string, q: ParsedQuery): Segment[] {
  const folded = fold(text);
  const haystack = folded.length === text.length ? folded : text.toLowerCase();
  const marks = new Uint8Array(text.length);
  for (const needle of needles(haystack, q)) {
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
      marks.fill(1, at, at + needle.length);
  }
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      if (i > start) out.push({ text: text.slice(start, i), hit: marks[start] === 1 });
      start = i;
    }
  }
  return out;
}

/** A window of about `width` characters around the first marked stretch, with ellipses. */
export function snippet(text: string, q: ParsedQuery, width = 120): Segment[] {
  const segments = highlight(text, q);
  if (text.length <= width) return segments;
  let first = 0;
  let pos = 0;
  for (const s of segments) {
    if (s.hit) {
      first = pos;
      break;
    }
    pos += s.text.length;
  }
  const from = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
  const to = Math.min(text.length, from + width);
  const cut: Segment[] = [];
  pos = 0;
  for (const s of segments) {
    const a = Math.max(pos, from);
    const b = Math.min(pos + s.text.length, to);
    if (b > a) cut.push({ text: s.text.slice(a - pos, b - pos), hit: s.hit });
    pos += s.text.length;
  }
  if (from > 0) cut.unshift({ text: '…', hit: false });
  if (to < text.length) cut.push({ text: '…', hit: false });
  return cut;
}

/** Whether a text holds every term of the query (used to check hits found from a subset of terms). */
export function holdsAll(text: string, terms: readonly string[]): boolean {
  const folded = fold(text);
  return terms.every((t) => folded.includes(t));
}

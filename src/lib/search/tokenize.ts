import { canonicalNumber, fold, HAN, RUN } from './normalize.ts';

export type RunKind = 'han' | 'number' | 'word';

export interface Run {
  kind: RunKind;
  /** The run as folded (numbers in canonical form). */
  text: string;
}

/** The folded text cut into Han runs, numbers and Latin words, in order. */
export function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  for (const match of fold(text).matchAll(RUN)) {
    const run = match[0];
    // The first code point, not code unit: a run may start with a Han character beyond U+FFFF.
    if (HAN.test(String.fromCodePoint(run.codePointAt(0) ?? 0))) runs.push({ kind: 'han', text: run });
    else if (/^\d/u.test(run)) runs.push({ kind: 'number', text: canonicalNumber(run) });
    else runs.push({ kind: 'word', text: run });
  }
  return runs;
}

/**
 * Terms of one run. A Han run becomes its overlapping character pairs (托位数 → 托位, 位数): every
 * text holding a query of two or more characters holds all of its pairs, so no segmentation
 * dictionary can make a document unfindable, and index and query cut alike on every platform.
 * A lone Han character stays a term so that one-character runs in the text are not lost.
 */
export function termsOfRun(run: Run): string[] {
  if (run.kind !== 'han' || run.text.length === 1) return [run.text];
  const terms: string[] = [];
  const chars = Array.from(run.text);
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  return terms;
}

/** Distinct terms of a text in first-seen order: the one tokenizer of index and query. */
export function tokenize(text: string): string[] {
  const seen = new Set<string>();
  for (const run of runsOf(text)) for (const term of termsOfRun(run)) seen.add(term);
  return [...seen];
}

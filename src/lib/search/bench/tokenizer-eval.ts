import { Charset, Index } from 'flexsearch';
import { fold } from '../normalize.ts';
import { parseQuery } from '../query.ts';
import { tokenize } from '../tokenize.ts';

export interface TokenizerScore {
  tokenizer: string;
  query: string;
  truth: number;
  found: number;
  recall: number;
  precision: number;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (text: string) => [...segmenter.segment(fold(text))].filter((s) => s.isWordLike).map((s) => s.segment);

/** The candidates: FlexSearch's defaults, its CJK preset, ICU word segmentation, and character pairs. */
const CANDIDATES: [string, () => Index][] = [
  ['flexsearch default', () => new Index({ resolution: 1 })],
  ['flexsearch Charset.CJK', () => new Index({ encoder: Charset.CJK, resolution: 1 })],
  ['Intl.Segmenter words', () => new Index({ encode: words, tokenize: 'strict', resolution: 1 })],
  ['character pairs (chosen)', () => new Index({ encode: tokenize, tokenize: 'strict', resolution: 1 })],
];

/**
 * Recall and precision of each tokenizer on paragraphs, against the paragraphs whose text holds
 * the query (every run of it, verbatim after folding). Every candidate is a real FlexSearch index.
 */
export function evaluateTokenizers(paragraphs: readonly string[], queries: readonly string[]): TokenizerScore[] {
  const folded = paragraphs.map(fold);
  const scores: TokenizerScore[] = [];
  for (const [name, make] of CANDIDATES) {
    const index = make();
    paragraphs.forEach((p, id) => index.add(id, p));
    for (const query of queries) {
      const runs = parseQuery(query).runs.map((r) => r.text);
      const truth = new Set(folded.flatMap((p, id) => (runs.every((r) => p.includes(r)) ? [id] : [])));
      const found = index.search(query, { limit: paragraphs.length }) as number[];
      const hit = found.filter((id) => truth.has(id)).length;
      scores.push({
        tokenizer: name,
        query,
        truth: truth.size,
        found: found.length,
        recall: truth.size ? hit / truth.size : 1,
        precision: found.length ? hit / found.length : 1,
      });
    }
  }
  return scores;
}

/** How ICU cuts the queries in this runtime (the bench prints Node's and Chromium's side by side). */
export function segmentQueries(queries: readonly string[]): string[] {
  return queries.map((q) => words(q).join('|'));
}

import { runsOf, termsOfRun, type Run } from './tokenize.ts';

export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  runs: Run[];
  /** Distinct terms of the whole query, as the index cut them. */
  terms: string[];
  /** Han runs, folded: what the lexicon and the highlighter look for. */
  han: string[];
  /** Numbers that read as years (1990–2060): they also select targets by target year. */
  years: number[];
}

const isYear = (n: string) => /^(?:199\d|20[0-5]\d|2060)$/u.test(n);

export function parseQuery(raw: string): ParsedQuery {
  const runs = runsOf(raw);
  const terms = [...new Set(runs.flatMap(termsOfRun))];
  return {
    raw: raw.trim(),
    runs,
    terms,
    han: runs.filter((r) => r.kind === 'han').map((r) => r.text),
    years: runs.filter((r) => r.kind === 'number' && isYear(r.text)).map((r) => Number(r.text)),
  };
}

/** Terms looked up in the name field: years are left to the target-year filter instead. */
export function nameTerms(q: ParsedQuery): string[] {
  const years = new Set(q.years.map(String));
  return q.terms.filter((t) => !years.has(t));
}

/** A query with nothing to look up in the text (empty, or a single Han character and no number). */
export function tooShortForText(q: ParsedQuery): boolean {
  return q.terms.length === 0 || (q.runs.length === 1 && q.runs[0]!.kind === 'han' && q.runs[0]!.text.length === 1);
}

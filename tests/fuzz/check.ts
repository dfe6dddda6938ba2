import { extractPlan } from '../../src/lib/extract/index.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import type { Lexicon } from '../../src/lib/lexicon/types.ts';
import { sourceDoc } from '../helpers/source-doc.ts';

/** Time allowed: 1 s per 100 KB (the goal) times a generous factor for a shared, loaded machine, plus slack. */
export const MS_PER_100KB = 1000;
export const SLACK_MS = 1500;

export interface Outcome {
  ms: number;
  /** Milliseconds per 100 KB of UTF-8 input. */
  msPer100KB: number;
  failure: string | null;
}

let lexicon: Lexicon | null = null;

/** Every object with a quote and a span must quote exactly the text it points to. */
function quoteFailures(value: unknown, text: string, path: string, out: string[]): void {
  if (out.length > 3 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => quoteFailures(v, text, `${path}[${i}]`, out));
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o['quote'] === 'string' && typeof o['start'] === 'number' && typeof o['end'] === 'number') {
    if (text.slice(o['start'], o['end']) !== o['quote'])
      out.push(`${path}: quote ≠ text.slice(${o['start']}, ${o['end']})`);
  }
  for (const [k, v] of Object.entries(o)) quoteFailures(v, text, `${path}.${k}`, out);
}

/** Extracts a text twice and checks: no exception, the quote invariant, the same output, the time bound. */
export function checkText(text: string, format: 'txt' | 'md', timeFactor: number): Outcome {
  lexicon ??= loadLexicon('content/lexicon');
  const source = sourceDoc(text, { format });
  const kb100 = Buffer.byteLength(text, 'utf8') / 100_000;
  const started = performance.now();
  let first: string;
  let second: string;
  try {
    const result = extractPlan(source, lexicon);
    const ms = performance.now() - started;
    first = JSON.stringify(result);
    const broken: string[] = [];
    quoteFailures(result, text, 'result', broken);
    second = JSON.stringify(extractPlan(source, lexicon));
    const limit = timeFactor * MS_PER_100KB * kb100 + SLACK_MS;
    const failure =
      broken.length > 0
        ? broken.join('; ')
        : first !== second
          ? 'not deterministic: two runs differ'
          : ms > limit
            ? `took ${ms.toFixed(0)} ms for ${(kb100 * 100).toFixed(1)} KB (limit ${limit.toFixed(0)} ms)`
            : null;
    return { ms, msPer100KB: ms / Math.max(kb100, 0.01), failure };
  } catch (error) {
    const ms = performance.now() - started;
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ms, msPer100KB: ms / Math.max(kb100, 0.01), failure: `threw ${what}` };
  }
}

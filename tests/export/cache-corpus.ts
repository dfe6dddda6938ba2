import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExtract } from '../../src/lib/export/run-extract.ts';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import type { SourceDoc } from '../../src/lib/read/types.ts';

/** Seeds of every format: the project's plain-text plans and the samples in md, html, docx and pdf. */
const SAMPLES = '../shared/samples';
const SAMPLE_STEMS = ['sample_shiquan', 'sample_shiquan_portal', 'sample_shiquan_print', 'sample_shiquan_word'];

/** A throwaway copy of plans and lexicon, so a test may edit any of them. */
export function corpus(): { root: string; plans: string; lexicon: string } {
  const root = mkdtempSync(join(tmpdir(), 'planatlas-cache-'));
  const plans = join(root, 'plans');
  const lexicon = join(root, 'lexicon');
  cpSync('content/plans', plans, { recursive: true });
  cpSync('content/lexicon', lexicon, { recursive: true });
  for (const name of readdirSync(SAMPLES)) {
    if (SAMPLE_STEMS.some((s) => name.startsWith(`${s}.`))) cpSync(join(SAMPLES, name), join(plans, name));
  }
  return { root, plans, lexicon };
}

/** Runs the extract command into `out`, counting the plans the extractor was asked for. */
export async function extract(c: { plans: string; lexicon: string }, out: string, cache?: string) {
  const extracted: string[] = [];
  const counting = (source: SourceDoc, lexicon: Awaited<ReturnType<typeof loadLexicon>>) => {
    extracted.push(source.meta.id);
    return extractPlan(source, lexicon);
  };
  const options = { out, plans: c.plans, lexicon: c.lexicon, strict: false, quiet: true, cache };
  const run = await runExtract(options, { extractPlan: counting, loadLexicon, error: () => {} });
  return { run, extracted };
}

/** Every file under `dir` but the cache, by path, with its bytes. */
export function exported(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => !n.startsWith('.cache'));
  const files = names.filter((n) => statSync(join(dir, n)).isFile());
  return new Map(files.sort().map((n) => [n, readFileSync(join(dir, n))]));
}

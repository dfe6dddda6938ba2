import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { runExtract } from '../../src/lib/export/run-extract.ts';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import { ROOT } from './memory-index.ts';

/** Extracts the project's plans into a fresh folder under tmp/, as `npm run extract` would. */
export async function projectExport(): Promise<{ data: string; content: string }> {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const out = mkdtempSync(join(ROOT, 'tmp', 'search-export-'));
  const content = join(ROOT, 'content', 'plans');
  const run = await runExtract(
    { out, plans: content, lexicon: join(ROOT, 'content', 'lexicon'), strict: false, quiet: true },
    { extractPlan, loadLexicon, error: () => {} },
  );
  if (run.results.length === 0) throw new Error('the project plans could not be extracted');
  return { data: out, content };
}

import { join } from 'node:path';
import { runExtract } from '../../export/run-extract.ts';
import { extractPlan } from '../../extract/index.ts';
import { loadLexicon } from '../../lexicon/load.ts';
import type { OutlineEntry, ParagraphEntry, PlanRecord } from '../../types.ts';
import { groupParagraphs, paragraphsWithText } from '../build/plan-paragraphs.ts';
import { readExportJson, readPlanText } from '../build/read-export.ts';
import { readBasePlans } from '../synthetic/generate.ts';
import type { BasePlan } from '../synthetic/variant.ts';

/** The project's plans extracted once: the bases of the synthetic corpus and the tokenizer test set. */
export async function baseCorpus(root: string, work: string): Promise<{ bases: BasePlan[]; paragraphs: string[] }> {
  const content = join(root, 'content', 'plans');
  const data = join(work, 'base-data');
  await runExtract(
    { out: data, plans: content, lexicon: join(root, 'content', 'lexicon'), strict: false, quiet: true },
    { extractPlan, loadLexicon, error: () => {} },
  );
  const outline = readExportJson<(OutlineEntry & { plan: string })[]>(data, 'outline.json');
  const byPlan = groupParagraphs(readExportJson<(ParagraphEntry & { plan: string })[]>(data, 'paragraphs.json'));
  const paragraphs = readExportJson<PlanRecord[]>(data, 'plans.json').flatMap((p) =>
    [...paragraphsWithText(readPlanText(content, p.file), byPlan.get(p.id) ?? [])].map((x) => x.text),
  );
  return { bases: readBasePlans(content, outline), paragraphs };
}

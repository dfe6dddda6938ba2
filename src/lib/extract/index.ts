import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Lexicon } from '../lexicon/types.ts';
import type { SourceDoc } from '../read/types.ts';
import type { PlanExtraction } from '../types.ts';
import type { PlanData } from './data.ts';
import { issuesOf } from './issues.ts';
import { plainTextParse } from './parse/plain-text.ts';
import { buildGrids } from './records/grids.ts';
import { buildParagraphs } from './records/paragraphs.ts';
import { buildRecords } from './records/build.ts';
import { loadRules } from './rules/load-rules.ts';
import type { Rules } from './rules/types.ts';
import { outlineStage } from './stages/outline.ts';
import { tablesStage } from './stages/tables.ts';
import { targetsStage } from './stages/targets.ts';
import { tasksStage } from './stages/tasks.ts';
import { viewStage } from './stages/view.ts';

let defaultRules: Rules | null = null;

/**
 * Extracts one plan: text → mdast (remark-parse with GFM tables for Markdown, a plain-text parser otherwise) →
 * stages that read the text through the tree and leave their findings and vfile messages on
 * the file → records with source offsets. Deterministic: same input, same output.
 */
export function extractPlan(source: SourceDoc, lexicon: Lexicon, rules?: Rules): PlanExtraction {
  rules ??= defaultRules ??= loadRules();
  const file = new VFile({ path: source.path, value: source.text });
  file.data.planatlas = { source, rules, lexicon } as never;
  const processor = (source.format === 'md' ? unified().use(remarkParse).use(remarkGfm) : unified().use(plainTextParse))
    .use(viewStage)
    .use(outlineStage)
    .use(tablesStage)
    .use(tasksStage)
    .use(targetsStage);
  const tree = processor.parse(file) as Root;
  processor.runSync(tree, file);
  // read back through the declared type: the assignment above narrowed the property
  const data = (file.data as { planatlas: PlanData }).planatlas;
  const records = buildRecords(data);
  return {
    ...records,
    paragraphs: buildParagraphs(tree, data),
    grids: buildGrids(data),
    setApart: addCounts(source.setApart, data.setApart),
    issues: issuesOf(file, source.meta.id, source.meta.file),
  };
}

/** Counts by kind of two tallies together, keys in code-unit order so output is deterministic. */
function addCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const sum = new Map(Object.entries(a));
  for (const [k, n] of Object.entries(b)) sum.set(k, (sum.get(k) ?? 0) + n);
  return Object.fromEntries([...sum].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

export type { Rules } from './rules/types.ts';

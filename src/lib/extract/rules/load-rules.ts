import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Rules } from './types.ts';

const words = z.array(z.string().min(1));

/** Schema of content/lexicon/rules.yaml; every list defaults to empty so a rule can be switched off. */
const rulesSchema = z.object({
  headingVerbs: words.default([]),
  headingEndings: words.default([]),
  sections: z.object({
    background: words.default([]),
    principle: words.default([]),
    goal: words.default([]),
    task: words.default([]),
    safeguard: words.default([]),
  }),
  boilerplate: words.default([]),
  tableHeaders: z.object({
    name: words.default([]),
    category: words.default([]),
    attribute: words.default([]),
    baseline: words.default([]),
    target: words.default([]),
  }),
  tableCategories: words.default([]),
  measureWords: words.default([]),
  pastMarkers: words.default([]),
  existingMarkers: words.default([]),
  permilleWords: words.default([]),
  firstLeads: words.default([]),
  nameLeading: words.default([]),
  nameTrailing: words.default([]),
  relativeVerbs: words.default([]),
  countVerbs: words.default([]),
  scopeWords: words.default([]),
  periodEndWords: words.default([]),
  yearlyWords: words.default([]),
  futureMarkers: words.default([]),
});

export const DEFAULT_RULES_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../content/lexicon/rules.yaml',
);

export function loadRules(path = DEFAULT_RULES_PATH): Rules {
  const parsed = rulesSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${path}: ${first?.path.join('.') ?? ''} ${first?.message ?? 'invalid'}`);
  }
  const rules = parsed.data;
  // longer measure words first, so "人次" wins over "人"
  for (const list of [rules.measureWords, rules.nameLeading, rules.nameTrailing, rules.periodEndWords])
    list.sort((a, b) => b.length - a.length);
  return rules;
}

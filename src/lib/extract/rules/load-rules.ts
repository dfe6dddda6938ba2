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
    serial: words.default([]),
    category: words.default([]),
    name: words.default([]),
    unit: words.default([]),
    attribute: words.default([]),
    note: words.default([]),
    baseline: words.default([]),
    target: words.default([]),
    parent: words.default([]),
  }),
  tableNoValue: words.default([]),
  tableFieldSeparators: words.default([]),
  tableCategories: words.default([]),
  measureWords: words.default([]),
  unitlessVerbs: words.default([]),
  ratioWords: words.default([]),
  indicatorHeads: words.default([]),
  timesWords: words.default([]),
  pastMarkers: words.default([]),
  existingMarkers: words.default([]),
  permilleWords: words.default([]),
  firstLeads: words.default([]),
  nameLeading: words.default([]),
  nameLeadingKeep: words.default([]),
  basisLeading: words.default([]),
  nameTrailing: words.default([]),
  sharePredicates: words.default([]),
  shareCopulas: words.default([]),
  relativeVerbs: words.default([]),
  countVerbs: words.default([]),
  scopeWords: words.default([]),
  pageHeaders: words.default([]),
  socialChrome: z
    .object({
      lineStarts: words.default([]),
      shortLineWords: words.default([]),
      footerStarts: words.default([]),
    })
    .default({ lineStarts: [], shortLineWords: [], footerStarts: [] }),
  bullets: words.default([]),
  firstLeadWords: z.object({ position: words.default([]), role: words.default([]) }).prefault({}),
  responsibility: z
    .object({
      lead: words.default([]),
      partner: words.default([]),
      responsible: words.default([]),
      leadMarks: words.default([]),
      partnerMarks: words.default([]),
      sharedMarks: words.default([]),
      listEnds: words.default([]),
      groupOpeners: words.default([]),
      notes: words.default([]),
      unitEndings: words.default([]),
    })
    .prefault({}),
  assignmentTable: z
    .object({
      task: words.default([]),
      lead: words.default([]),
      partner: words.default([]),
      deadline: words.default([]),
      number: words.default([]),
    })
    .prefault({}),
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
  // longer words first (measure and time words too), so "人次" wins over "人" and "主要责任单位" over "责任单位"
  const r = rules.responsibility;
  for (const list of [
    rules.measureWords,
    rules.unitlessVerbs,
    rules.ratioWords,
    rules.indicatorHeads,
    rules.nameLeading,
    rules.nameTrailing,
    r.lead,
    r.partner,
    r.responsible,
    r.leadMarks,
    r.partnerMarks,
    r.sharedMarks,
    r.listEnds,
    rules.periodEndWords,
  ])
    list.sort((a, b) => b.length - a.length);
  return rules;
}

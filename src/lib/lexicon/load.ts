import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { departmentSchema, indicatorSchema, topicSchema } from '../schemas/lexicon.ts';
import { departmentMatcher } from './match-department.ts';
import { indicatorMatcher } from './match-indicator.ts';
import type { DepartmentEntry, IndicatorEntry, Lexicon, TopicEntry } from './types.ts';

function readList<T extends { id: string }>(dir: string, file: string, schema: z.ZodType<T>): T[] {
  const path = join(dir, file);
  const parsed = z.array(schema).safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: entry ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const seen = new Set<string>();
  for (const e of parsed.data) {
    if (seen.has(e.id)) throw new Error(`${path}: duplicate id "${e.id}"`);
    seen.add(e.id);
  }
  return parsed.data;
}

export function buildLexicon(data: { indicators: IndicatorEntry[]; departments: DepartmentEntry[]; topics: TopicEntry[] }): Lexicon {
  const matchIndicator = indicatorMatcher(data.indicators);
  const matchDepartment = departmentMatcher(data.departments);
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  return {
    ...data,
    matchIndicator,
    matchDepartment,
    indicator: (id) => byId.get(id),
    topicsFor: (text) => data.topics.filter((t) => t.keywords.some((k) => text.includes(k))).map((t) => t.id),
  };
}

/** Reads and checks content/lexicon/{indicators,departments,topics}.yaml. */
export function loadLexicon(dir: string): Lexicon {
  return buildLexicon({
    indicators: readList(dir, 'indicators.yaml', indicatorSchema),
    departments: readList(dir, 'departments.yaml', departmentSchema),
    topics: readList(dir, 'topics.yaml', topicSchema),
  });
}

import type { z } from 'zod';
import type { DepartmentEntry, IndicatorEntry, TopicEntry } from './types.ts';
import { departmentsFileSchema, indicatorsFileSchema, topicsFileSchema } from '../schemas/lexicon.ts';

export type LexiconFile = 'indicators' | 'departments' | 'topics';

interface LexiconFiles {
  indicators: IndicatorEntry[];
  departments: DepartmentEntry[];
  topics: TopicEntry[];
}

const SCHEMAS: { [K in LexiconFile]: z.ZodType<LexiconFiles[K]> } = {
  indicators: indicatorsFileSchema,
  departments: departmentsFileSchema,
  topics: topicsFileSchema,
};

/** A lexicon file that cannot be used; the message names the file, the entry and the field. */
export class LexiconError extends Error {
  override name = 'LexiconError';
}

function where(data: unknown, path: readonly PropertyKey[]): string {
  const [index, ...rest] = path;
  if (typeof index !== 'number') return path.map(String).join('.') || '(top level)';
  const entry = Array.isArray(data) ? (data[index] as { id?: unknown } | undefined) : undefined;
  const label = typeof entry?.id === 'string' ? `entry ${index + 1} (${entry.id})` : `entry ${index + 1}`;
  return [label, ...rest.map(String)].join('.');
}

/** Validates one lexicon file's parsed YAML; `label` (default `<kind>.yaml`) names it in errors. */
export function parseLexiconFile<K extends LexiconFile>(
  kind: K,
  data: unknown,
  label = `${kind}.yaml`,
): LexiconFiles[K] {
  const result = SCHEMAS[kind].safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${where(data, i.path)}: ${i.message}`);
  throw new LexiconError(`${label}: ${lines.length} problem(s)\n${lines.join('\n')}`);
}

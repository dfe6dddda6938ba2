import { join } from 'node:path';
import { readSource } from '../../read/read-source.ts';
import type { PlanRecord } from '../../types.ts';

const texts = new Map<string, string>();

/**
 * The decoded text every offset points into. A text edited after the extraction would put the
 * marks in the wrong places, so a changed hash stops the build instead.
 */
export function planText(plan: PlanRecord, contentDir: string): string {
  const known = texts.get(plan.id);
  if (known !== undefined) return known;
  const source = readSource(join(contentDir, plan.file));
  if (source.sha256 !== plan.sha256) {
    throw new Error(`${plan.file} changed since it was extracted (sha256 differs): run the extraction again`);
  }
  texts.set(plan.id, source.text);
  return source.text;
}

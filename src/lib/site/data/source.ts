import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../read/read-source.ts';
import { sha256 } from '../../read/sha256.ts';
import type { PlanRecord } from '../../types.ts';
import type { SiteDirs } from './dirs.ts';

// Pages of one plan are rendered one after another, so a few recent texts are enough to keep:
// holding every text of a large library would cost more memory than the pages need.
const KEEP = 32;
const texts = new Map<string, string>();

/**
 * The text every offset points into: the export's texts/<id>.txt, which is the decoded file for
 * .txt/.md and the reader's derived text for other formats. A source edited after the extraction
 * would put the marks in the wrong places, so a changed hash stops the build instead.
 */
export function planText(plan: PlanRecord, dirs: Pick<SiteDirs, 'data' | 'content'>): string {
  const known = texts.get(plan.id);
  if (known !== undefined) {
    texts.delete(plan.id);
    texts.set(plan.id, known);
    return known;
  }
  const sourcePath = join(dirs.content, plan.file);
  if (sha256(readFileSync(sourcePath)) !== plan.sha256) {
    throw new Error(`${plan.file} changed since it was extracted (sha256 differs): run the extraction again`);
  }
  const derived = join(dirs.data, 'texts', `${plan.id}.txt`);
  // an export written before texts/ existed holds only text plans, which decode the same again
  const text = existsSync(derived) ? readFileSync(derived, 'utf8') : readSource(sourcePath).text;
  texts.set(plan.id, text);
  if (texts.size > KEEP) texts.delete(texts.keys().next().value!);
  return text;
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { READERS } from '../readers.ts';
import { sha256 } from '../sha256.ts';
import { guessMeta } from './guess.ts';
import { filledFields, planYaml } from './plan-yaml.ts';

export interface AddPlanResult {
  id: string;
  planPath: string;
  yamlPath: string;
  filled: string[];
  missing: string[];
}

/** An add-plan request an editor must correct (bad id, unknown format, a plan already there). */
export class AddPlanError extends Error {}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const HASH_CHARS = 8;

/** A URL-safe id: the file's own name when it is one, else a stable one from the file's bytes. */
export function slugFor(file: string, bytes: Uint8Array): string {
  const stem = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return SLUG.test(stem) && /[a-z]/u.test(stem) ? stem : `plan-${sha256(bytes).slice(0, HASH_CHARS)}`;
}

/**
 * Copies a plan file into `plansDir` as `<id><ext>` and writes `<id>.yaml` pre-filled from
 * what its text states, for the editor to check. Never overwrites a plan or its metadata.
 */
export function addPlan(file: string, plansDir: string, id?: string): AddPlanResult {
  const extension = extname(file).toLowerCase();
  const reader = READERS.get(extension);
  if (!reader)
    throw new AddPlanError(`${file}: no reader for "${extension}" files (supported: ${[...READERS.keys()].join(' ')})`);
  if (id !== undefined && !SLUG.test(id))
    throw new AddPlanError(`--id "${id}": use lower-case letters, digits and hyphens (e.g. yunxi-health-2021-2025)`);
  const bytes = readFileSync(file);
  const planId = id ?? slugFor(file, bytes);
  const taken = [...READERS.keys(), '.yaml'].map((e) => join(plansDir, `${planId}${e}`)).filter((p) => existsSync(p));
  if (taken.length > 0) throw new AddPlanError(`${taken.join(', ')} already exists; choose another --id`);
  const read = reader(bytes, basename(file));
  const meta = guessMeta(read.text, read.metaText);
  const planPath = join(plansDir, `${planId}${extension}`);
  const yamlPath = join(plansDir, `${planId}.yaml`);
  writeFileSync(planPath, bytes);
  writeFileSync(yamlPath, planYaml(meta), 'utf8');
  return { id: planId, planPath, yamlPath, ...filledFields(meta) };
}

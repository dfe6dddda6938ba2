import { extname } from 'node:path';
import type { Issue } from '../types.ts';
import { fileIssue } from './file-issue.ts';
import { isInputError } from './input-error.ts';
import { listFiles, type ListedFile } from './list-files.ts';
import { planId } from './plan-id.ts';
import { readPlan, type ReadPlan } from './read-source.ts';
import { READERS } from './readers.ts';
import type { SourceDoc } from './types.ts';
import { strayFiles } from './stray-files.ts';

/** Reads one listed plan; throws InputError for anything an editor must fix. */
export type PlanReader = (plan: ListedFile) => ReadPlan;

const readListed: PlanReader = (plan) => readPlan(plan.path, plan.rel);

export interface Corpus {
  sources: SourceDoc[];
  problems: Issue[];
}

/**
 * Reads every plan text under `dir`. A bad file becomes an issue and the rest are still read,
 * so one broken plan never hides the others. Order is by path (code units, not locale) so every
 * run sees the same sequence. `read` reads each plan (a cache may answer instead of the reader).
 */
export function loadCorpus(dir: string, read: PlanReader = readListed): Corpus {
  const sources: SourceDoc[] = [];
  let listing;
  try {
    listing = listFiles(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { sources, problems: [fileIssue(null, dir, 'unreadable', `${dir}: cannot list plans (${reason})`)] };
  }
  const problems = [...listing.problems];
  const plans = listing.files.filter((f) => READERS.has(extname(f.rel).toLowerCase()));
  const ids = new Map<string, string>();
  for (const plan of plans) {
    const id = planId(stemOf(plan));
    const earlier = ids.get(id);
    if (earlier !== undefined) {
      const message = `${plan.rel}: same plan id "${id}" as ${earlier}; rename one of them`;
      problems.push(fileIssue(id, plan.rel, 'duplicate-id', message));
      continue;
    }
    ids.set(id, plan.rel);
    readOne(read, plan, id, sources, problems);
  }
  problems.push(...strayFiles(listing.files, new Set(plans.map(stemOf))));
  return { sources, problems };
}

function readOne(read: PlanReader, plan: ListedFile, id: string, sources: SourceDoc[], problems: Issue[]): void {
  try {
    const { source, issues } = read(plan);
    sources.push(source);
    problems.push(...issues);
  } catch (error) {
    if (!isInputError(error)) throw error;
    problems.push(fileIssue(id, error.file, error.code, error.message));
  }
}

function stemOf(file: ListedFile): string {
  return file.rel.slice(0, file.rel.length - extname(file.rel).length);
}

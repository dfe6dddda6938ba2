import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Issue } from '../types.ts';
import { fileIssue } from './file-issue.ts';
import { isInputError } from './input-error.ts';
import { readSource } from './read-source.ts';
import { READERS } from './readers.ts';
import type { SourceDoc } from './types.ts';

const META_EXTENSION = '.yaml';

export interface Corpus {
  sources: SourceDoc[];
  problems: Issue[];
}

/**
 * Reads every plan text in `dir`. A bad file becomes an error issue and the rest are still read,
 * so one broken plan never hides the others. Order is by file name (code units, not locale) so
 * every run sees the same sequence.
 */
export function loadCorpus(dir: string): Corpus {
  const sources: SourceDoc[] = [];
  const problems: Issue[] = [];
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort(byCodeUnits);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { sources, problems: [fileIssue(null, dir, 'unreadable', `${dir}: cannot list plans (${reason})`)] };
  }
  const textStems = new Map<string, string>();
  for (const name of names) {
    const extension = extname(name);
    if (!READERS.has(extension.toLowerCase())) continue;
    const stem = name.slice(0, name.length - extension.length);
    const earlier = textStems.get(stem);
    if (earlier !== undefined) {
      problems.push(
        fileIssue(stem, name, 'duplicate-id', `${name}: same plan id "${stem}" as ${earlier}; rename one of them`),
      );
      continue;
    }
    textStems.set(stem, name);
    try {
      sources.push(readSource(join(dir, name)));
    } catch (error) {
      if (!isInputError(error)) throw error;
      problems.push(fileIssue(stem, error.file, error.code, error.message));
    }
  }
  problems.push(...orphanMetadata(names, textStems));
  return { sources, problems };
}

/** A YAML whose text is missing means a plan the editor expects would silently not appear. */
function orphanMetadata(names: readonly string[], textStems: ReadonlyMap<string, string>): Issue[] {
  return names
    .filter((name) => extname(name) === META_EXTENSION)
    .map((name) => name.slice(0, -META_EXTENSION.length))
    .filter((stem) => !textStems.has(stem))
    .map((stem) => {
      const name = `${stem}${META_EXTENSION}`;
      const message = `${name}: metadata without a plan text (expected ${stem}.txt or ${stem}.md next to it)`;
      return fileIssue(stem, name, 'source-missing', message);
    });
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

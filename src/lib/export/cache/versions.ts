import { fileURLToPath } from 'node:url';
import { DEFAULT_RULES_PATH } from '../../extract/rules/load-rules.ts';
import { DEFAULT_PORTAL_WORDS_PATH } from '../../read/html/portal-words.ts';
import { hashTree } from './hash-tree.ts';

/** Bumped when the layout of a cache entry changes, so older entries are never read as new ones. */
export const CACHE_FORMAT = 1;

const lib = (rel: string) => fileURLToPath(new URL(`../../${rel}`, import.meta.url));

/**
 * The code that turns a file into its records: readers, extraction stages, lexicon matchers,
 * schemas and shared types, plus the lockfile (the parsers' versions). Hashing the source itself
 * means any change to it invalidates the cache without anyone remembering to bump a number.
 */
export const EXTRACTOR_PATHS: readonly string[] = [
  lib('extract'),
  lib('read'),
  lib('lexicon'),
  lib('schemas'),
  lib('types.ts'),
  fileURLToPath(new URL('../../../../package-lock.json', import.meta.url)),
];

export function extractorVersion(paths: readonly string[] = EXTRACTOR_PATHS): string {
  return hashTree(paths);
}

/**
 * Every file of the lexicon folder the run names, and the rules and portal words, which the
 * extractor reads from the project's own lexicon folder whichever folder the run names.
 */
export function lexiconVersion(lexiconDir: string): string {
  return hashTree([lexiconDir, DEFAULT_RULES_PATH, DEFAULT_PORTAL_WORDS_PATH]);
}

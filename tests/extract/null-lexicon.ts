import type { Lexicon } from '../../src/lib/lexicon/types.ts';

/** A lexicon that knows nothing, so fixture expectations test extraction alone. */
export const nullLexicon: Lexicon = {
  indicators: [],
  departments: [],
  topics: [],
  matchIndicator: () => null,
  indicator: () => undefined,
  matchDepartment: () => null,
  topicsFor: () => [],
  topicsForTask: () => [],
};

import { join } from 'node:path';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';

export const repoRoot = join(import.meta.dirname, '../..');

/** The lexicon as shipped in content/lexicon. */
export const lexicon = loadLexicon(join(repoRoot, 'content/lexicon'));

import { loadLexicon } from '../../lexicon/load.ts';
import type { Lexicon } from '../../lexicon/types.ts';
import { readOptionalJson } from './read-json.ts';

export type SiteLexicon = Pick<Lexicon, 'indicators' | 'departments' | 'topics'>;

/**
 * A data directory may carry its own lexicon.json (the site test fixture does, so its pages do
 * not change when the project's vocabulary grows); otherwise the project's lexicon YAML.
 */
export function loadSiteLexicon(dataDir: string, lexiconDir: string): SiteLexicon {
  const bundled = readOptionalJson<SiteLexicon>(dataDir, 'lexicon.json');
  if (bundled) return bundled;
  const { indicators, departments, topics } = loadLexicon(lexiconDir);
  return { indicators, departments, topics };
}

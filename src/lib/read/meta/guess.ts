import type { Level } from '../../types.ts';
import { detectMeta } from '../detect-meta.ts';
import type { DetectedMeta } from '../types.ts';
import { cleanLines, headLines } from './lines.ts';
import { periodOf } from './period.ts';
import { levelOf, placesOf, provinceCited } from './place.ts';
import { kindOf } from './title-line.ts';
import { defaultMetaWords, type MetaWords } from './words.ts';

/** Every field of a plan's YAML the text lets us fill in; null where it does not. */
export interface GuessedMeta extends DetectedMeta {
  region: string | null;
  province: string | null;
  level: Level | null;
  period: [number, number] | null;
  kind: string | null;
}

/**
 * A first draft of a plan's metadata for an editor to check: what the text states (title,
 * issuer, date, 文号) and what follows from it — the region and province the title or issuer
 * names (else the province the preamble cites), the level from the region's ending, the
 * period from the title's years, the kind from how the title ends.
 */
export function guessMeta(text: string, metaText = '', words: MetaWords = defaultMetaWords()): GuessedMeta {
  const detected = detectMeta(text, metaText, words);
  const named = [detected.title, detected.issuer].map((n) => (n === null ? null : placesOf(n, words)));
  const region = named[0]?.region ?? named[1]?.region ?? null;
  const province = named[0]?.province ?? named[1]?.province ?? (region === null ? null : provinceCited(text, words));
  const head = headLines(cleanLines(text)).join('\n');
  return {
    ...detected,
    region,
    province: province === region ? null : province,
    level: region === null ? null : levelOf(region, head, words),
    period: detected.title === null ? null : periodOf(detected.title, words),
    kind: detected.title === null ? null : kindOf(detected.title, words),
  };
}

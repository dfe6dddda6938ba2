import type { DetectedMeta } from './types.ts';

/** Metadata the plan's text states about itself. */
export function detectMeta(_text: string, _metaText = ''): DetectedMeta {
  return { title: null, issuer: null, date: null, docNumber: null };
}

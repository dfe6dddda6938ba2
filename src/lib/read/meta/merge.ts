import type { PlanMeta } from '../../types.ts';
import type { DetectedMeta } from '../types.ts';

export type DetectedField = keyof DetectedMeta;
export const DETECTED_FIELDS: readonly DetectedField[] = ['title', 'issuer', 'date', 'docNumber'];

/**
 * The editor's metadata with the gaps the text fills: the YAML wins wherever it says something;
 * a field it leaves null takes what the text states. Returns the fields so filled.
 */
export function fillFromText(meta: PlanMeta, detected: DetectedMeta): { meta: PlanMeta; filled: DetectedField[] } {
  const filled = DETECTED_FIELDS.filter((f) => meta[f] === null && detected[f] !== null);
  const merged = { ...meta };
  for (const field of filled) merged[field] = detected[field];
  return { meta: merged, filled };
}

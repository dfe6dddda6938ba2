import type { Attribute } from '../../types.ts';
import { ATTRIBUTES } from '../format.ts';
import { pushVarint } from '../varint.ts';

/** Years are stored as one byte from this base; 0 means no year. */
export const YEAR_BASE = 1980;

export function yearCode(year: number | null): number {
  return year === null || year <= YEAR_BASE || year > YEAR_BASE + 255 ? 0 : year - YEAR_BASE;
}

export function attributeCode(attribute: Attribute | null): number {
  return attribute === null ? 0 : ATTRIBUTES.indexOf(attribute) + 1;
}

/** Topic numbers as a bit set held in an ordinary number (exact up to 52 topics). */
export function topicMask(topics: readonly number[]): number {
  let mask = 0;
  for (const t of new Set(topics)) if (t >= 0 && t < 52) mask += 2 ** t;
  return mask;
}

/** A target's facet row: plan number, year code, attribute code, topic mask. */
export function targetFacetRow(plan: number, year: number | null, attribute: Attribute | null, topics: number): number[] {
  const out: number[] = [];
  pushVarint(out, plan);
  out.push(yearCode(year), attributeCode(attribute));
  pushVarint(out, topics);
  return out;
}

/** A task's facet row: its topic mask (its plan follows from its id). */
export function taskFacetRow(topics: number): number[] {
  const out: number[] = [];
  pushVarint(out, topics);
  return out;
}

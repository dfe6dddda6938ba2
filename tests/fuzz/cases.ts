import fc from 'fast-check';
import type { Base } from './bases.ts';
import { mutationArb, type Mutation } from './mutate.ts';

export interface FuzzCase {
  base: Base;
  mutations: Mutation[];
}

/** A base plan and one to eight edits of it. */
export function caseArb(bases: readonly Base[], maxTimes: number): fc.Arbitrary<FuzzCase> {
  return fc.record({
    base: fc.constantFrom(...bases),
    mutations: fc.array(mutationArb(maxTimes), { minLength: 1, maxLength: 8 }),
  });
}

/** What to paste into a test to replay a case. */
export function describeCase(c: FuzzCase): string {
  return `base ${c.base.name}, mutations ${JSON.stringify(c.mutations)}`;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBases } from './bases.ts';
import { caseArb, describeCase } from './cases.ts';
import { checkText } from './check.ts';
import { mutate } from './mutate.ts';

/** Fixed, so a failure here is the same failure on every machine; `npm run fuzz` explores further. */
const SEED = 20261201;
const RUNS = Number(process.env['FUZZ_SUITE_RUNS'] ?? 800);
/** In the suite, payloads repeat at most this often: the long run looks for blow-ups. */
const MAX_TIMES = 20;
/** 10 × the goal of 1 s per 100 KB: generous, so a loaded machine does not make the suite flaky. */
const TIME_FACTOR = 10;

const bases = loadBases();

describe('extraction of mutated plans', () => {
  it('has seeds and samples to mutate', () => {
    expect(bases.length).toBeGreaterThanOrEqual(5);
  });

  it('never throws, always quotes exactly, is deterministic and stays within the time bound', () => {
    fc.assert(
      fc.property(caseArb(bases, MAX_TIMES), (c) => {
        const text = mutate(c.base.text, c.mutations);
        const outcome = checkText(text, c.base.format, TIME_FACTOR);
        if (outcome.failure) throw new Error(`${outcome.failure} (${describeCase(c)})`);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 120_000);
});

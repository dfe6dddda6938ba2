import { describe, expect, it } from 'vitest';
import { quantityPattern } from '../../../src/lib/extract/targets/quantity-pattern.ts';
import { loadRules } from '../../../src/lib/extract/rules/load-rules.ts';
import { extract } from './helpers.ts';

/**
 * Inputs that took 27–108 s before the number pattern and the per-sentence work were made
 * linear. The bound is generous (machines differ); what matters is seconds, not minutes.
 */
const BOUND_MS = 2000;

function timed<T>(f: () => T): { result: T; ms: number } {
  const t = performance.now();
  const result = f();
  return { result, ms: performance.now() - t };
}

describe('time linear in the input', () => {
  it('reads a long run of OCR letters once, not once per position', () => {
    const { result, ms } = timed(() => extract(`建设${'IOO'.repeat(2000)}个中心。覆盖率达到90%。`));
    expect(result.indicators.map((t) => [t.name, t.value])).toEqual([['覆盖率', 90]]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('matches a run of digits or letters without a unit in a bounded number of steps', () => {
    const re = quantityPattern(loadRules());
    for (const run of ['9'.repeat(20000), 'IOO'.repeat(7000), `${'1'.repeat(10000)}/${'2'.repeat(10000)}`]) {
      const { result, ms } = timed(() => [...`达到${run}。`.matchAll(re)].length);
      expect(result).toBe(0);
      expect(ms).toBeLessThan(BOUND_MS);
    }
  });

  it('keeps the work per target bounded in a sentence of thousands of targets', () => {
    const same = timed(() => extract(`覆盖率达到${'90%、'.repeat(8000)}95%以上。`));
    expect(same.result.indicators.map((t) => t.value)).toEqual([90, 95]);
    expect(same.ms).toBeLessThan(BOUND_MS);
    const values = Array.from({ length: 8000 }, (_, i) => `${i + 1}%`).join('、');
    const varied = timed(() => extract(`覆盖率分别达到${values}。`));
    expect(varied.result.indicators).toHaveLength(8000);
    // conflicting values of one indicator list a bounded number of the others
    expect(Math.max(...varied.result.indicators.map((t) => t.conflict.length))).toBeLessThanOrEqual(20);
    expect(varied.ms).toBeLessThan(3 * BOUND_MS);
  });

  it('reads a plan without line breaks in time proportional to its length', () => {
    const unit = '到2025年，孕产妇死亡率控制在10/10万以下，（略）覆盖率达到90%。';
    const small = timed(() => extract(unit.repeat(500)));
    const large = timed(() => extract(unit.repeat(4000)));
    expect(large.result.indicators.length).toBeGreaterThan(0);
    expect(large.ms).toBeLessThan(3 * BOUND_MS);
    // eight times the text may not take much more than eight times as long
    expect(large.ms).toBeLessThan(20 * small.ms + 500);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMutation, mutate, mutationArb } from './mutate.ts';

const TEXT = '一、目标\n到2025年达到90%。\n二、任务\n1.完善体系。';

describe('fuzz mutations', () => {
  it('do what they say', () => {
    expect(applyMutation(TEXT, { kind: 'delete', at: 0, length: 2 })).toBe(TEXT.slice(2));
    expect(applyMutation('ab', { kind: 'insert', at: 0.5, payload: '略', times: 3 })).toBe('a略略略b');
    expect(applyMutation(TEXT, { kind: 'truncate', at: 0.5 })).toBe(TEXT.slice(0, Math.floor(0.5 * (TEXT.length + 1))));
    expect(applyMutation('a\nb', { kind: 'line-endings', to: '\r\n' })).toBe('a\r\nb');
    expect(applyMutation('a\nb\nc', { kind: 'swap-lines', a: 0, b: 0.9 })).toBe('c\nb\na');
    expect(applyMutation('10%', { kind: 'ocr', at: 0, count: 3 })).toBe('lO%o');
  });

  it('keep every line when shuffling', () => {
    const shuffled = applyMutation(TEXT, { kind: 'shuffle-lines', at: 0, count: 4, seed: 7 });
    expect(shuffled.split('\n').sort()).toEqual(TEXT.split('\n').sort());
  });

  it('are the same for the same seed, and spread over the text', () => {
    const arb = fc.array(mutationArb(20), { minLength: 1, maxLength: 8 });
    const a = fc.sample(arb, { seed: 5, numRuns: 50 });
    expect(fc.sample(arb, { seed: 5, numRuns: 50 })).toEqual(a);
    expect(new Set(a.map((m) => mutate(TEXT, m))).size).toBeGreaterThan(40);
    const positions = a.flat().flatMap((m) => ('at' in m ? [m.at] : []));
    expect(positions.filter((p) => p > 0.5).length).toBeGreaterThan(positions.length / 4);
  });
});

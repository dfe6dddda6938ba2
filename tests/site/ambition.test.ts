import { describe, expect, it } from 'vitest';
import { bestValue, rankByAmbition } from '../../src/lib/site/ambition.ts';
import { normalizeUnit, referenceUnit } from '../../src/lib/site/units.ts';

const t = (id: string, value: number | null, unit: string | null) => ({ id, value, unit });

describe('rankByAmbition', () => {
  it('puts the highest first when higher is better, sharing ranks on ties', () => {
    const ranked = rankByAmbition([t('a', 78, '岁'), t('b', 80, '岁'), t('c', 80, '岁'), t('d', 79, '岁')], 'higher', '岁');
    expect(ranked.map((r) => [r.record.id, r.rank])).toEqual([['b', 1], ['c', 1], ['d', 3], ['a', 4]]);
  });

  it('puts the lowest first when lower is better', () => {
    const ranked = rankByAmbition([t('a', 12, '/10万'), t('b', 10, '/10万')], 'lower', '/10万');
    expect(ranked.map((r) => r.record.id)).toEqual(['b', 'a']);
  });

  it('sends other units and missing values to the end as not comparable', () => {
    const ranked = rankByAmbition([t('x', 0.1, '‰'), t('a', 12, '/10万'), t('n', null, '/10万')], 'lower', '/10万');
    expect(ranked.map((r) => [r.record.id, r.comparable, r.rank])).toEqual([['a', true, 1], ['x', false, null], ['n', false, null]]);
  });

  it('treats full-width units as the same unit', () => {
    expect(rankByAmbition([t('a', 90, '％')], 'higher', '%')[0]!.comparable).toBe(true);
  });
});

describe('units', () => {
  it('normalizes width and spaces', () => {
    expect(normalizeUnit(' /10 万 ')).toBe('/10万');
    expect(normalizeUnit('')).toBeNull();
  });

  it('prefers the lexicon unit, else the most used one', () => {
    expect(referenceUnit(['%', '‰', '‰'], null)).toBe('‰');
    expect(referenceUnit(['%', '‰', '‰'], '％')).toBe('%');
  });
});

describe('bestValue', () => {
  it('picks by direction', () => {
    expect(bestValue([3, 9, 5], 'higher')).toBe(9);
    expect(bestValue([3, 9, 5], 'lower')).toBe(3);
    expect(bestValue([], 'lower')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { bestOfYear, compareAmbition, firmness, rankByAmbition } from '../../src/lib/site/measure/ambition.ts';
import type { Op } from '../../src/lib/types.ts';

const t = (id: string, value: number, op: Op | null = '=') => ({ id, value, op });
const ranks = (list: ReturnType<typeof rankByAmbition<ReturnType<typeof t>>>) => list.map((r) => [r.item.id, r.rank]);

describe('rankByAmbition', () => {
  it('puts the highest first when higher is better, sharing ranks on ties', () => {
    const ranked = rankByAmbition([t('a', 78), t('b', 80), t('c', 80), t('d', 79)], (x) => x, 'higher');
    expect(ranks(ranked)).toEqual([
      ['b', 1],
      ['c', 1],
      ['d', 3],
      ['a', 4],
    ]);
  });

  it('puts the lowest first when lower is better', () => {
    expect(ranks(rankByAmbition([t('a', 12), t('b', 10)], (x) => x, 'lower'))).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('breaks equal values by the comparison: strict bound, then reach/at least, then about', () => {
    const higher = rankByAmbition(
      [t('about', 80, '~'), t('reach', 80, '='), t('over', 80, '>'), t('least', 80, '>=')],
      (x) => x,
      'higher',
    );
    expect(ranks(higher)).toEqual([
      ['over', 1],
      ['reach', 2],
      ['least', 2],
      ['about', 4],
    ]);
    const lower = rankByAmbition([t('max', 10, '<='), t('under', 10, '<')], (x) => x, 'lower');
    expect(ranks(lower)).toEqual([
      ['under', 1],
      ['max', 2],
    ]);
  });

  it('lets the value decide before the comparison does', () => {
    expect(compareAmbition(t('a', 81, '~'), t('b', 80, '>'), 'higher')).toBeLessThan(0);
    expect(firmness('<', 'higher')).toBe(1);
  });
});

describe('bestOfYear', () => {
  it('marks the best per target year, only where two or more compete', () => {
    const items = [
      { year: 2025, value: 10, op: '<=' as const },
      { year: 2025, value: 12, op: '<=' as const },
      { year: 2030, value: 5, op: '<' as const },
      null,
    ];
    expect(bestOfYear(items, 'lower')).toEqual([true, false, false, false]);
  });

  it('marks ties at the top together', () => {
    expect(
      bestOfYear(
        [
          { year: 2025, value: 80, op: '=' },
          { year: 2025, value: 80, op: '>=' },
        ],
        'higher',
      ),
    ).toEqual([true, true]);
  });
});

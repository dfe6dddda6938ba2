import { describe, expect, it } from 'vitest';
import { compareRows, primaryTarget } from '../../src/lib/site/compare.ts';
import type { IndicatorRecord } from '../../src/lib/types.ts';
import { indicator } from '../export/fixtures.ts';

function target(plan: string, year: number | null, value: number | null, unit = '岁'): IndicatorRecord {
  return indicator(plan, 0, {
    id: `${plan}-${year}`,
    name: '人均预期寿命',
    indicator: 'life',
    unit,
    year,
    op: '=',
    value,
  });
}

describe('compare', () => {
  it('prefers the target for the plan horizon, else the latest year', () => {
    expect(primaryTarget([target('a', 2030, 1), target('a', 2025, 2)], 2025)?.year).toBe(2025);
    expect(primaryTarget([target('a', 2022, 1), target('a', 2030, 2)], 2025)?.year).toBe(2030);
  });

  it('lays out one cell per plan and the best comparable value', () => {
    const plans = [
      { id: 'a', period: [2021, 2025] as const },
      { id: 'b', period: [2021, 2025] as const },
      { id: 'c', period: [2021, 2025] as const },
    ];
    const rows = compareRows(
      plans,
      [target('a', 2025, 80), target('b', 2025, 81, '年'), target('a', 2030, 82)],
      [
        { id: 'life', name: '人均预期寿命', unit: '岁', better: 'higher' },
        { id: 'none', name: '无', unit: null, better: 'higher' },
      ],
    );
    expect(rows).toHaveLength(1);
    expect(
      rows[0]!.cells.map((c) => [c.plan, c.record?.value ?? null, c.others, c.verdict?.comparable ?? null, c.best]),
    ).toEqual([
      ['a', 80, 1, true, false],
      ['b', 81, 0, false, false],
      ['c', null, 0, null, false],
    ]);
  });

  it('marks the best only among targets for the same year', () => {
    const plans = [
      { id: 'a', period: [2021, 2025] as const },
      { id: 'b', period: [2021, 2025] as const },
      { id: 'c', period: [2021, 2030] as const },
    ];
    const rows = compareRows(
      plans,
      [target('a', 2025, 80), target('b', 2025, 79), target('c', 2030, 85)],
      [{ id: 'life', name: '人均预期寿命', unit: '岁', better: 'higher' }],
    );
    expect(rows[0]!.cells.map((c) => c.best)).toEqual([true, false, false]);
  });
});

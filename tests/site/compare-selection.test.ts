import { describe, expect, it } from 'vitest';
import type { CompareData } from '../../src/lib/site/compare-data.ts';
import { selectionTables } from '../../src/lib/site/compare-selection.ts';

const target = (plan: string, value: number, year = 2025) => ({
  plan,
  record: `${plan}-1`,
  others: 0,
  indicator: 'mmr',
  name: '孕产妇死亡率',
  unit: '/10万',
  better: 'lower' as const,
  shown: `≤${value}/10万`,
  rank: { year, value, op: '<=' as const },
  reason: null,
  cells: [plan],
});

const data: CompareData = {
  plans: [
    { id: 'a', region: '甲市' },
    { id: 'b', region: '乙县' },
    { id: 'c', region: '丙区' },
  ],
  targetHeaders: ['记录'],
  taskHeaders: ['任务'],
  targets: [target('a', 10), target('b', 12), target('c', 8)],
  tasks: [
    { plan: 'a', task: 'ta', cells: ['ta'] },
    { plan: 'c', task: 'tc', cells: ['tc'] },
  ],
  notes: ['说明'],
};

describe('selectionTables', () => {
  it('exports only the chosen plans and marks the best among them', () => {
    const t = selectionTables(data, ['b', 'a']);
    expect(t.targets.title).toBe('地区对比：乙县、甲市（目标）');
    expect(t.targets.rows.map((r) => [r.at(-1), r[4]])).toEqual([
      ['a', '是'],
      ['b', null],
    ]);
    expect(t.tasks.rows).toEqual([['ta']]);
    expect(t.grid.headers).toEqual(['标准指标', '比较单位', '方向', '乙县', '甲市']);
    expect(t.grid.rows[0]).toEqual([
      '孕产妇死亡率',
      '/10万',
      '越低越积极',
      '≤12/10万（2025年）',
      '≤10/10万（2025年） 最积极',
    ]);
  });

  it('lets the best change with the selection', () => {
    const t = selectionTables(data, ['a', 'c']);
    expect(t.targets.rows.find((r) => r.at(-1) === 'c')![4]).toBe('是');
  });
});

import { describe, expect, it } from 'vitest';
import { compareRows, primaryTarget } from '../../src/lib/site/compare.ts';
import { similarityMap, similarTasks } from '../../src/lib/site/similar.ts';
import type { IndicatorRecord } from '../../src/lib/types.ts';

const task = (id: string, plan: string, title: string, topics: string[]) => ({ id, plan, title, text: title, topics });

describe('similarTasks', () => {
  it('finds tasks of other plans by topic or wording, never the same plan', () => {
    const all = [
      task('a', 'p1', '加强基层医疗卫生服务能力', ['primary-care']),
      task('b', 'p1', '加强基层医疗卫生服务体系', ['primary-care']),
      task('c', 'p2', '提升基层医疗卫生服务能力', []),
      task('d', 'p3', '完善妇幼健康服务', ['primary-care']),
      task('e', 'p4', '发展中医药事业', ['tcm']),
    ];
    const found = similarTasks(all[0]!, all).map((s) => s.task.id);
    expect(found).toEqual(['c', 'd']);
  });

  it('links both ways even when the other task has closer matches of its own', () => {
    const all = [
      task('a', 'p1', '加强基层医疗卫生服务能力', []),
      ...['p2', 'p3', 'p4'].map((p, i) => task(`b${i}`, p, '加强基层医疗卫生服务能力建设', [])),
      task('z', 'p5', '加强基层医疗卫生服务', []),
    ];
    const map = similarityMap(all, 2);
    for (const [id, list] of map) {
      for (const s of list)
        expect(
          map.get(s.task.id)!.map((x) => x.task.id),
          `${s.task.id} → ${id}`,
        ).toContain(id);
    }
  });
});

function target(plan: string, year: number | null, value: number | null, unit = '岁'): IndicatorRecord {
  return {
    id: `${plan}-${year}`,
    plan,
    name: '人均预期寿命',
    indicator: 'life',
    unit,
    year,
    op: '=',
    value,
    valueText: '',
    baselineYear: null,
    baselineValue: null,
    parentValue: null,
    attribute: null,
    category: null,
    source: 'text',
    task: null,
    repairs: [],
    yearly: false,
    conflict: [],
    uncertain: [],
    page: null,
    start: 0,
    end: 1,
    quote: 'x',
  };
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

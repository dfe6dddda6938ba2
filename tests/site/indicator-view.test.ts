import { describe, expect, it } from 'vitest';
import { indicatorView, viewRows } from '../../src/lib/site/indicator-view.ts';
import type { IndicatorRecord, Op, PlanRecord } from '../../src/lib/types.ts';

const plan = (id: string, region: string) => ({ id, region, level: 'city' }) as PlanRecord;
const plans = [plan('a', '甲市'), plan('b', '乙县'), plan('c', '丙区')];
const rec = (id: string, p: string, year: number, value: number | null, unit: string, op: Op = '=') =>
  ({
    id,
    plan: p,
    name: '每千人口医疗卫生机构床位数',
    indicator: 'beds',
    unit,
    year,
    op,
    value,
    valueText: `${value}${unit}`,
  }) as IndicatorRecord;
const entry = {
  id: 'beds',
  name: '每千人口医疗卫生机构床位数',
  aliases: [],
  unit: '张',
  better: 'higher' as const,
  category: '卫生资源',
  topics: [],
};

describe('indicatorView', () => {
  const view = indicatorView(
    entry,
    entry.name,
    [
      rec('a25', 'a', 2025, 6.5, '张'),
      rec('b25', 'b', 2025, 7, '张/千人'),
      rec('c30', 'c', 2030, 8, '张'),
      rec('a30', 'a', 2030, 7.5, '张', '>='),
      rec('bx', 'b', 2025, 70, '张/万人'),
    ],
    plans,
  );

  it('ranks targets within their own target year, normalised units included', () => {
    expect(view.years.map((y) => [y.year, y.rows.map((r) => [r.record.id, r.rank, r.best])])).toEqual([
      [
        2025,
        [
          ['b25', 1, true],
          ['a25', 2, false],
        ],
      ],
      [
        2030,
        [
          ['c30', 1, true],
          ['a30', 2, false],
        ],
      ],
    ]);
  });

  it('keeps a target in another base apart, with its reason, after the ranked ones', () => {
    expect(view.others.map((r) => [r.record.id, r.verdict.comparable ? '' : r.verdict.reason])).toEqual([
      ['bx', '按每万人计，本指标按每千人计（基数不同）'],
    ]);
    expect(viewRows(view).map((r) => r.record.id)).toEqual(['b25', 'a25', 'c30', 'a30', 'bx']);
    expect(view.unit).toBe('张');
  });
});

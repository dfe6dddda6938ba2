import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/lib/site/data/site-data.ts';
import { higherLabel, higherOf } from '../../src/lib/site/higher-index.ts';
import type { IndicatorRecord, Level, PlanRecord } from '../../src/lib/types.ts';

const plan = (id: string, region: string, level: Level, province: string | null): PlanRecord =>
  ({ id, region, level, province, period: [2021, 2025] }) as PlanRecord;
const rec = (id: string, p: string, value: number): IndicatorRecord =>
  ({
    id,
    plan: p,
    name: '每千人口床位数',
    indicator: 'beds-per-1000',
    unit: '张',
    year: 2025,
    op: '>=',
    value,
    valueText: `${value}张`,
    source: 'table',
    start: 0,
    end: 1,
    repairs: [],
    uncertain: [],
  }) as unknown as IndicatorRecord;

describe('上级目标 on the indicator page', () => {
  const data = {
    plans: [plan('hubei', '湖北省', 'province', '湖北省'), plan('wuhan', '武汉市', 'city', '湖北省')],
    indicators: [rec('p1', 'hubei', 7.5), rec('c1', 'wuhan', 8)],
  } as unknown as SiteData;

  it('finds the province plan’s target for a city’s target and names the level and region', () => {
    const [ref] = higherOf(data, 'c1');
    expect(ref?.record.id).toBe('p1');
    expect(higherLabel(ref!)).toMatch(/^省级目标（湖北省）.*7\.5张/u);
  });

  it('gives nothing for the province’s own target', () => {
    expect(higherOf(data, 'p1')).toEqual([]);
  });
});

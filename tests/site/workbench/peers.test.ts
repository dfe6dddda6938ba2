import { describe, expect, it } from 'vitest';
import { higherPlans, previousPlan, suggestPeers, type Drafting } from '../../../src/lib/site/workbench/peers.ts';
import type { CatalogPlan } from '../../../src/lib/site/shards/types.ts';
import type { Level } from '../../../src/lib/types.ts';

const plan = (
  id: string,
  region: string,
  level: Level,
  period: [number, number],
  province = '湖北省',
): CatalogPlan => ({
  id,
  region,
  province,
  level,
  title: null,
  period,
  kind: null,
});

const plans = [
  plan('wuhan-16', '武汉市', 'city', [2016, 2020]),
  plan('wuhan-21', '武汉市', 'city', [2021, 2025]),
  plan('yichang', '宜昌市', 'city', [2021, 2025]),
  plan('xiangyang', '襄阳市', 'city', [2021, 2025]),
  plan('jingzhou-30', '荆州市', 'city', [2021, 2030]),
  plan('county', '某县', 'county', [2021, 2025]),
  plan('hubei', '湖北省', 'province', [2021, 2025]),
  plan('changsha', '长沙市', 'city', [2021, 2025], '湖南省'),
  plan('nation', '全国', 'national', [2021, 2025], '未注明省份'),
];
const wuhan: Drafting = { plan: 'wuhan-21', region: '武汉市', province: '湖北省', level: 'city' };

describe('suggestPeers', () => {
  it('suggests the province’s other regions of the same level and year', () => {
    expect(suggestPeers(plans, wuhan, 2025)).toEqual({ ids: ['yichang', 'xiangyang'], widened: false });
    expect(suggestPeers(plans, wuhan, 2030)).toEqual({ ids: ['jingzhou-30'], widened: false });
  });

  it('widens to other lower levels of the province when none is of the same level', () => {
    const county: Drafting = { plan: null, region: '新县', province: '湖北省', level: 'district' };
    expect(suggestPeers(plans, county, 2025)).toEqual({
      ids: ['wuhan-21', 'yichang', 'xiangyang', 'county'],
      widened: true,
    });
  });

  it('suggests nothing where the province has no plan for the year', () => {
    expect(suggestPeers(plans, { ...wuhan, province: '河南省' }, 2025)).toEqual({ ids: [], widened: false });
  });
});

describe('previousPlan', () => {
  it('takes the region’s latest plan that ended before the year', () => {
    expect(previousPlan(plans, wuhan, 2025)?.id).toBe('wuhan-16');
    expect(previousPlan(plans, wuhan, 2030)?.id).toBe('wuhan-21');
    expect(previousPlan(plans, { ...wuhan, plan: null }, 2020)).toBeNull();
  });

  it('never takes a namesake of another province', () => {
    expect(previousPlan(plans, { ...wuhan, province: '湖南省' }, 2030)).toBeNull();
  });
});

describe('higherPlans', () => {
  it('gives a city its province then the nation, a province only the nation', () => {
    expect(higherPlans(plans, wuhan, 2025).map((p) => p.id)).toEqual(['hubei', 'nation']);
    expect(higherPlans(plans, { ...wuhan, level: 'province' }, 2025).map((p) => p.id)).toEqual(['nation']);
    expect(higherPlans(plans, wuhan, 2030)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { comparability, type Comparable, type Yardstick } from '../../src/lib/site/measure/comparability.ts';
import { conversionNote, exactConversion, rateScale } from '../../src/lib/site/measure/conversion.ts';

const target = (over: Partial<Comparable>): Comparable => ({
  name: '婴儿死亡率',
  unit: '‰',
  year: 2025,
  op: '<=',
  value: 5,
  valueText: '5‰以下',
  ...over,
});
const infant: Yardstick = { name: '婴儿死亡率', unit: '‰', better: 'lower' };
const beds: Yardstick = { name: '每千人口医疗卫生机构床位数', unit: '张', better: 'higher' };
const bedTarget = (over: Partial<Comparable>) =>
  target({ name: '每千人口医疗卫生机构床位数', unit: '张', op: '>=', value: 6.5, valueText: '6.5张以上', ...over });
const code = (t: Comparable, y: Yardstick = infant) => {
  const v = comparability(t, y);
  return v.comparable ? null : v.code;
};

describe('exact unit conversions', () => {
  it('reads the signs of one scale as one unit', () => {
    for (const u of ['‰', '1/1000', '/1000', '千分之', '每千', ' ‰ ']) expect(rateScale(u), u).toBe(1000);
    for (const u of ['/10万', '1/10万', '/100000', '十万分之', '每10万', '１/１０万'])
      expect(rateScale(u), u).toBe(100000);
    for (const u of ['%', '％', '百分之']) expect(rateScale(u), u).toBe(100);
    for (const u of ['张', '岁', null, '个百分点']) expect(rateScale(u), String(u)).toBeNull();
  });

  it('converts only between signs of the same scale, and marks it', () => {
    expect(exactConversion('1/1000', '‰')).toEqual({ from: '1/1000', to: '‰' });
    expect(exactConversion('千分之', '‰')).toEqual({ from: '千分之', to: '‰' });
    expect(exactConversion('1/10万', '/10万')).toEqual({ from: '1/10万', to: '/10万' });
    expect(exactConversion('百分之', '%')).toEqual({ from: '百分之', to: '%' });
    expect(exactConversion('‰', '‰')).toBeNull();
    expect(exactConversion('%', '‰')).toBeNull();
    expect(exactConversion('‰', '/10万')).toBeNull();
    expect(conversionNote({ from: '1/1000', to: '‰' })).toMatch(/1\/1000.*‰.*数值未变/u);
  });

  it('a converted target is ranked with its value unchanged and says so', () => {
    const v = comparability(target({ unit: '1/1000' }), infant);
    expect(v).toEqual({ comparable: true, value: 5, year: 2025, conversion: { from: '1/1000', to: '‰' } });
    const m = comparability(target({ name: '孕产妇死亡率', unit: '1/10万', value: 12 }), {
      name: '孕产妇死亡率',
      unit: '/10万',
      better: 'lower',
    });
    expect(m.comparable && m.conversion).toEqual({ from: '1/10万', to: '/10万' });
    expect(comparability(target({}), infant)).toEqual({ comparable: true, value: 5, year: 2025 });
  });

  it('a different scale stays apart with its reason', () => {
    expect(code(target({ unit: '%' }))).toBe('unit');
    expect(code(target({ unit: '/10万' }))).toBe('unit');
  });
});

describe('reasons from data', () => {
  it('relative targets: a change by an amount, with or without a base year', () => {
    for (const valueText of ['下降20%', '提高5个百分点', '比2020年提高5个百分点', '较2015年降低10%', '增长1倍'])
      expect(code(target({ value: null, valueText })), valueText).toBe('relative');
    expect(code(target({ value: 15, unit: '个百分点', valueText: '15个百分点左右' }))).toBe('relative');
    expect(code(target({ value: 5, valueText: '下降至5‰' }))).toBeNull();
    expect(code(target({ value: null, valueText: '持续下降' }))).toBe('no-value');
  });

  it('a multi-year average is not a target-year level', () => {
    expect(code(target({ valueText: '年均5‰以下' }))).toBe('average');
    expect(code(target({ name: '婴儿死亡率年平均' }))).toBe('average');
    expect(code(target({ valueText: '平均每年5‰' }))).toBe('average');
  });

  it('another target year, when one year is compared', () => {
    expect(code(target({ year: 2030 }), { ...infant, year: 2025 })).toBe('other-year');
    expect(code(target({ year: 2025 }), { ...infant, year: 2025 })).toBeNull();
    expect(code(target({ year: 2030 }), infant)).toBeNull();
  });

  it('a narrower scope or a registered-population base', () => {
    expect(code(bedTarget({ name: '城区每千人口医疗卫生机构床位数' }), beds)).toBe('scope');
    expect(code(bedTarget({ name: '中心城区每千人口医疗卫生机构床位数' }), beds)).toBe('scope');
    expect(code(bedTarget({ name: '全市每千人口医疗卫生机构床位数' }), beds)).toBeNull();
    expect(code(bedTarget({ name: '每千户籍人口医疗卫生机构床位数' }), beds)).toBe('population-base');
    expect(code(bedTarget({ name: '每千常住人口医疗卫生机构床位数' }), beds)).toBeNull();
    const v = comparability(bedTarget({ name: '中心城区每千人口医疗卫生机构床位数' }), beds);
    expect(v.comparable ? '' : v.reason).toBe('口径不同（仅中心城区）');
  });

  it('a per-capita base or unit of another kind', () => {
    expect(code(bedTarget({ unit: '张/万人' }), beds)).toBe('per-base');
    expect(code(bedTarget({ unit: '%' }), beds)).toBe('unit');
    expect(code(bedTarget({ unit: '1/#' }), beds)).toBe('damaged-unit');
  });

  it('a conflict inside the plan', () => {
    expect(code(target({ conflict: ['other-record'] }))).toBe('conflict');
    expect(code(target({ conflict: [] }))).toBeNull();
  });
});

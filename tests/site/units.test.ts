import { describe, expect, it } from 'vitest';
import { comparability, type Comparable } from '../../src/lib/site/measure/comparability.ts';
import { referenceUnit } from '../../src/lib/site/measure/reference-unit.ts';
import { isDamagedUnit, nameBase, normalizeUnit, splitBase } from '../../src/lib/site/measure/units.ts';

const target = (over: Partial<Comparable>): Comparable => ({
  name: '每千人口医疗卫生机构床位数',
  unit: '张',
  year: 2025,
  op: '=',
  value: 6.5,
  valueText: '6.5张',
  ...over,
});
const beds = { name: '每千人口医疗卫生机构床位数', unit: '张', better: 'higher' as const };
const reason = (v: ReturnType<typeof comparability>) => (v.comparable ? null : v.reason);

describe('unit notation', () => {
  it('normalizes width, spaces and a leading 1/', () => {
    expect(normalizeUnit(' /10 万 ')).toBe('/10万');
    expect(normalizeUnit('1/10万')).toBe('/10万');
    expect(normalizeUnit('％')).toBe('%');
    expect(normalizeUnit('')).toBeNull();
  });

  it('reads the population base of names and units', () => {
    expect(nameBase('每千人口执业(助理)医师数')).toBe('千');
    expect(nameBase('每万人口全科医生数')).toBe('万');
    expect(nameBase('每10万人口精神科医师数')).toBe('10万');
    expect(nameBase('孕产妇死亡率')).toBeNull();
    expect(splitBase('张/千人')).toEqual({ unit: '张', base: '千' });
    expect(splitBase('人/每千人口')).toEqual({ unit: '人', base: '千' });
    expect(splitBase('/10万')).toEqual({ unit: '/10万', base: null });
  });

  it('knows a garbled unit', () => {
    expect(isDamagedUnit('1/#')).toBe(true);
    expect(isDamagedUnit('/10万')).toBe(false);
  });

  it('takes the lexicon unit, else the most used one, per-base suffixes folded', () => {
    expect(referenceUnit(['%', '‰', '‰'], null)).toBe('‰');
    expect(referenceUnit(['张/千人', '张', '%'], null)).toBe('张');
    expect(referenceUnit(['%'], '％')).toBe('%');
  });
});

describe('comparability', () => {
  it('treats 张/千人 and 张 as one unit for a per-1000 indicator, and 人/千人 and 人 for staff', () => {
    expect(comparability(target({ unit: '张/千人' }), beds).comparable).toBe(true);
    const doctors = { name: '每千人口执业(助理)医师数', unit: '人', better: 'higher' as const };
    expect(comparability(target({ name: '每千人口执业(助理)医师数', unit: '人/千人' }), doctors).comparable).toBe(true);
    expect(comparability(target({ name: '每千人口执业(助理)医师数', unit: '名' }), doctors).comparable).toBe(true);
  });

  it('keeps a different base apart even where arithmetic could convert it', () => {
    const perTenThousand = { name: '每万人口专业公共卫生机构人员数', unit: '人', better: 'higher' as const };
    expect(
      reason(comparability(target({ name: '每万人口专业公共卫生机构人员数', unit: '人/千人' }), perTenThousand)),
    ).toMatch(/基数不同/u);
    expect(
      reason(
        comparability(target({ unit: '‰', name: '孕产妇死亡率' }), {
          name: '孕产妇死亡率',
          unit: '/10万',
          better: 'lower',
        }),
      ),
    ).toMatch(/不同/u);
  });

  it('names the reason for targets without a number, year, scope or direction', () => {
    expect(reason(comparability(target({ value: null, valueText: '比2016年降低30%' }), beds))).toMatch(/2016年为基期/u);
    expect(reason(comparability(target({ value: null, valueText: '持续改善' }), beds))).toBe('无具体数值');
    expect(reason(comparability(target({ year: null }), beds))).toBe('未写明目标年');
    expect(reason(comparability(target({ name: '农村每千人口医疗卫生机构床位数' }), beds))).toMatch(/口径不同/u);
    expect(reason(comparability(target({ op: '<=' }), beds))).toMatch(/上限/u);
    expect(reason(comparability(target({ unit: '1/#' }), beds))).toMatch(/残缺/u);
  });

  it('returns the value and year of a comparable target', () => {
    expect(comparability(target({}), beds)).toEqual({ comparable: true, value: 6.5, year: 2025 });
  });
});

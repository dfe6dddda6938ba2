import { describe, expect, it } from 'vitest';
import { formatBaseline } from '../../src/lib/site/format.ts';
import { compareLabel, formatTarget, isRank, OP_LABELS } from '../../src/lib/site/target-text.ts';
import { levelOfHeader, parentLevels, parentTarget } from '../../src/lib/site/parent-target.ts';

const t = (over: Partial<Parameters<typeof formatTarget>[0]>) => ({
  op: '=' as const,
  value: 80,
  unit: '%',
  valueText: '80%',
  repairs: [] as string[],
  ...over,
});

describe('the 比较 column in an official’s words', () => {
  it('reads "=" as 达到, never 等于', () => {
    expect(OP_LABELS['=']).toBe('达到');
    expect(Object.values(OP_LABELS)).not.toContain('等于');
    expect(compareLabel(t({}))).toBe('达到');
    expect(compareLabel(t({ op: '>=' }))).toBe('不低于');
    expect(compareLabel(t({ op: null }))).toBe('');
  });

  it('calls a rank a rank, not 不高于', () => {
    expect(compareLabel(t({ op: '<=', value: 3, unit: '名', valueText: '前3名' }))).toBe('名次');
  });
});

describe('formatTarget', () => {
  it('keeps a rank as written: 前3名 never becomes ≤3名', () => {
    expect(formatTarget(t({ op: '<=', value: 3, unit: '名', valueText: '前3名' }))).toBe('前3名');
    expect(formatTarget(t({ op: '<=', value: 20, unit: '名', valueText: '前 20 名' }))).toBe('前20名');
    expect(formatTarget(t({ op: '<=', value: 5, unit: '位', valueText: '前5位' }))).toBe('前5位');
    expect(isRank('进入前10强')).toBe(true);
    expect(isRank('3名')).toBe(false);
    expect(isRank('8名以上')).toBe(false);
  });

  it('keeps a ratio as written rather than its second term alone', () => {
    expect(formatTarget(t({ value: 1.25, unit: null, valueText: '1:1.25' }))).toBe('1:1.25');
    expect(formatTarget(t({ value: 2, unit: null, valueText: '1∶2' }))).toBe('1∶2');
  });

  it('writes "about" as 左右 after the amount, never ≈', () => {
    expect(formatTarget(t({ op: '~', value: 45, valueText: '45%左右' }))).toBe('45%左右');
    expect(formatTarget(t({ op: '~', value: 107, unit: null, valueText: '107左右' }))).toBe('107左右');
    expect(formatTarget(t({ op: '~', value: 2, unit: '张', valueText: '约2张' }))).not.toContain('≈');
  });

  it('shows the unit with every value and signs for bounds', () => {
    expect(formatTarget(t({ op: '>=', value: 95 }))).toBe('≥95%');
    expect(formatTarget(t({ op: '<=', value: 9, unit: '/10万', valueText: '≤9' }))).toBe('≤9/10万');
    expect(formatTarget(t({ value: 5.1, unit: '个/千人', valueText: '5.1' }))).toBe('5.1个/千人');
  });

  it('shows a repaired value as repaired, never the damaged text', () => {
    const permille = t({
      op: '>=',
      value: 80,
      valueText: '不低于80%o',
      repairs: ['repair-full-stop: "%o" read as "%。"'],
    });
    expect(formatTarget(permille)).toBe('≥80%（已修复）');
    const ge = t({ op: '>=', value: 25, valueText: '225', repairs: ['repair-ge-digit: 225 read as ≥25'] });
    expect(formatTarget(ge)).toBe('≥25%（已修复）');
    expect(formatTarget(ge)).not.toContain('225');
  });

  it('says in words that a unit or number was lost, never "1/#" or "#人次"', () => {
    expect(formatTarget(t({ op: '<=', value: 12, unit: '1/#', valueText: '≤12' }))).toBe('≤12（单位原文缺损）');
    expect(formatTarget(t({ op: '<=', value: 30, unit: '/#', valueText: '30/#以下' }))).toBe('≤30（单位原文缺损）');
    expect(formatTarget(t({ op: null, value: null, unit: '人次', valueText: '#人次' }))).toBe('原文数字缺失');
    expect(formatTarget(t({ op: null, value: null, unit: null, valueText: '持续改善' }))).toBe('持续改善');
    expect(formatBaseline({ baselineValue: 15, baselineYear: 2016, unit: '1/#' })).toBe('15（2016年）');
  });
});

describe('上级目标', () => {
  it('names the level from the column header the extraction read it from', () => {
    expect(levelOfHeader('2025年武汉市目标值')).toBe('武汉市目标');
    expect(levelOfHeader('全省目标')).toBe('全省目标');
    expect(levelOfHeader('2025 年全国')).toBe('全国目标');
    expect(levelOfHeader('国家规划值')).toBe('国家目标');
  });

  it('reads the levels of a plan’s tables per target year from the report', () => {
    const report = {
      details: [
        {
          plan: 'w',
          tables: [
            {
              position: '141:1',
              columns:
                'cell-lines grid of 27 rows, 26 indicator rows: columns 类别(category)|指标名称(name)|2025年武汉经开区目标值(target 2025)|2025年武汉市目标值(parent 2025)|指标属性(attribute)',
            },
          ],
          targetsByYear: {},
          uncertain: [],
        },
      ],
    } as unknown as Parameters<typeof parentLevels>[0];
    expect([...parentLevels(report, 'w')]).toEqual([[2025, '武汉市目标']]);
    expect(parentLevels(report, 'other').size).toBe(0);
    expect(parentLevels(null, 'w').size).toBe(0);
  });

  it('carries the unit of a bare number and names the level', () => {
    const levels = new Map([[2025, '武汉市目标']]);
    expect(parentTarget({ parentValue: '82.4', unit: '岁', year: 2025 }, levels)).toBe('武汉市目标 82.4岁');
    expect(parentTarget({ parentValue: '≤2.5', unit: '‰', year: 2025 }, levels)).toBe('武汉市目标 ≤2.5‰');
    expect(parentTarget({ parentValue: '≥98%', unit: '%', year: 2025 }, levels)).toBe('武汉市目标 ≥98%');
    expect(parentTarget({ parentValue: '持续下降', unit: '%', year: 2030 }, levels)).toBe('持续下降');
    expect(parentTarget({ parentValue: '12', unit: '1/#', year: 2025 })).toBe('12');
    expect(parentTarget({ parentValue: null, unit: '%', year: 2025 }, levels)).toBe('');
  });
});

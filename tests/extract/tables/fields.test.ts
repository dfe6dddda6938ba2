import { describe, expect, it } from 'vitest';
import { messages, tableRows } from './helpers.ts';

describe('rows flattened into labelled fields (social-media re-posts)', () => {
  it('reads fields in any order, one row per line, bullets and blank lines between', () => {
    const t = [
      '▶指标：孕产妇死亡率｜目标值：≤10/10万｜属性：约束性',
      '',
      '📌属性：预期性｜指标名称：人均预期寿命（岁）｜2025年目标：80｜现状：78.6',
      '2. 指标：婴儿死亡率｜单位：‰｜目标值：—',
    ].join('\n');
    expect(tableRows(t)).toEqual([
      '孕产妇死亡率|/10万|2025|<=|10|≤10/10万|||约束性|',
      '人均预期寿命|岁|2025|=|80|80|78.6||预期性|',
    ]);
    expect(messages(t, 'table-columns')[0]).toContain('指标(name)|目标值(target 2025)|属性(attribute)');
  });

  it('takes an unlabelled first field as the row subject, with half-width separators', () => {
    const t = ['孕产妇死亡率 | 目标值：≤10/10万 | 属性：约束性', '婴儿死亡率 | 目标值：<5‰ | 属性：预期性'].join('\n');
    expect(tableRows(t)).toEqual([
      '孕产妇死亡率|/10万|2025|<=|10|≤10/10万|||约束性|',
      '婴儿死亡率|‰|2025|<|5|<5‰|||预期性|',
    ]);
  });

  it('leaves a line of prose with one labelled field alone', () => {
    expect(tableRows('责任单位：市卫生健康委｜发布时间：2024年')).toEqual([]);
  });
});

describe('field labels', () => {
  it('keeps a year that opens a label, and drops a bullet number', () => {
    const t = ['1. 指标：床位数｜2025年目标：7｜2030年目标：8', '2、指标：护士数｜2025年目标：3｜2030年目标：—'].join(
      '\n',
    );
    expect(messages(t, 'table-columns')[0]).toContain('指标(name)|2025年目标(target 2025)|2030年目标(target 2030)');
    expect(tableRows(t)).toEqual(['床位数||2025|=|7|7||||', '床位数||2030|=|8|8||||', '护士数||2025|=|3|3||||']);
  });
});

describe('field forms', () => {
  it('reads 【label】 fields, and a row standing alone between other lines', () => {
    const t = [
      '【指标】孕产妇死亡率｜【目标值】≤10/10万',
      '———',
      '【指标】婴儿死亡率｜【2025年目标】＜5‰｜【属性】约束性',
    ].join('\n');
    expect(tableRows(t)).toEqual([
      '孕产妇死亡率|/10万|2025|<=|10|≤10/10万||||',
      '婴儿死亡率|‰|2025|<|5|＜5‰|||约束性|',
    ]);
  });
});

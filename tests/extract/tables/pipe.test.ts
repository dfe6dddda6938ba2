import { describe, expect, it } from 'vitest';
import { extract, messages, tableRows } from './helpers.ts';

const md = [
  '| 类别 | 指标 | 单位 | 2023年基期值 | 2026年目标值 | 属性 |',
  '| --- | --- | --- | --- | --- | --- |',
  '| 服务利用 | 县域内就诊率 | % | 86.3 | ≥90 | 预期性 |',
  '|  | 每千常住人口执业（助理）医师数（人） |  | 2.41 | 2.85 | 预期性 |',
  '| 人才队伍 | 乡村医生占比 | % | 38.8 | ＞50 | 预期性 |',
  '|  | 签约服务覆盖率 | % | 76.4 | 80—85 | 约束性 |',
  '|  | 本科学历人员占比 | % | 31.4 | 逐年提高 | 预期性 |',
].join('\n');

const rows = [
  '县域内就诊率|%|2026|>=|90|≥90|86.3|服务利用|预期性|',
  '每千常住人口执业（助理）医师数|人|2026|=|2.85|2.85|2.41|服务利用|预期性|',
  '乡村医生占比|%|2026|>|50|＞50|38.8|人才队伍|预期性|',
  '签约服务覆盖率|%|2026|>=|80|80—85|76.4|人才队伍|约束性|',
  '本科学历人员占比|%|2026|||逐年提高|31.4|人才队伍|预期性|',
];
const md2024 = { format: 'md' as const, meta: { period: [2024, 2026] as [number, number] } };

describe('pipe tables', () => {
  it('reads a GFM table of a Markdown plan from the parser, unit from the name where its cell is empty', () => {
    expect(tableRows(md, md2024)).toEqual(rows);
    expect(extract(md, md2024).result.indicators[0]!.quote).toBe('县域内就诊率 | % | 86.3 | ≥90');
  });

  it('reads the same pipe lines in a plain-text plan', () => {
    expect(tableRows(md, { meta: md2024.meta })).toEqual(rows);
  });

  it('reads a Markdown table with CRLF line endings and columns in another order', () => {
    const reordered = [
      '| 指标名称 | 2026年目标 | 2023年现状 | 计量单位 | 指标性质 |',
      '|:--|--:|--:|:-:|:-:|',
      '| 县域内就诊率 | ≥90 | 86.3 | % | 预期性 |',
      '| 乡村医生占比 | ＞50 | 38.8 | % | 预期性 |',
    ].join('\r\n');
    expect(tableRows(reordered, md2024)).toEqual([
      '县域内就诊率|%|2026|>=|90|≥90|86.3||预期性|',
      '乡村医生占比|%|2026|>|50|＞50|38.8||预期性|',
    ]);
  });

  it('reads a two-row header: 目标值 over two years, a higher level beside them', () => {
    const two = [
      '| 指标 | 单位 | 现状值 | 目标值 |  | 全省目标 | 备注 |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '|  |  | 2023年 | 2025年 | 2026年 | 2026年 |  |',
      '| 婴儿死亡率 | ‰ | 3.6 | ≤4 | ≤3.5 | ≤5 | 含流动人口 |',
      '| 签约率（%） |  | 50 | — | 80～85 | / |  |',
    ].join('\n');
    expect(tableRows(two, md2024)).toEqual([
      '婴儿死亡率|‰|2025|<=|4|≤4|3.6|||',
      '婴儿死亡率|‰|2026|<=|3.5|≤3.5|3.6|||≤5',
      '签约率|%|2026|>=|80|80～85|50|||',
    ]);
    expect(messages(two, 'table-columns', md2024)[0]).toContain('全省目标2026年(parent 2026)|备注(note)');
  });

  it('carries a category lost in conversion: a row one cell short, padded at its end', () => {
    const lost = [
      '领 域 | 指 标 | 2020年 | 2030年 |',
      '健康水平 | 人均预期寿命(岁) | 79 | 79.8 |',
      '婴儿死亡率(‰) | 持续改善 | ≤5 | |',
    ].join('\n');
    expect(tableRows(lost, { meta: { period: [2017, 2030] } })).toEqual([
      '人均预期寿命|岁|2020|=|79|79||健康水平||',
      '人均预期寿命|岁|2030|=|79.8|79.8||健康水平||',
      '婴儿死亡率|‰|2020|||持续改善||健康水平||',
      '婴儿死亡率|‰|2030|<=|5|≤5||健康水平||',
    ]);
  });
});

describe('ruled tables in plain text', () => {
  it('reads an ASCII grid with border lines between the rows', () => {
    const t = [
      '+--------------+------+--------+',
      '| 指标名称及单位 | 现状 | 2025年 |',
      '+==============+======+========+',
      '| 床位数（张）   | 6.1  | 7      |',
      '+--------------+------+--------+',
      '| 护士数（人）   | 3.0  | ≥3.8   |',
      '+--------------+------+--------+',
    ].join('\n');
    expect(tableRows(t)).toEqual(['床位数|张|2025|=|7|7|6.1|||', '护士数|人|2025|>=|3.8|≥3.8|3|||']);
  });

  it('reads box-drawing borders', () => {
    const t = [
      '│ 维度 │ 监测指标 │ 单位 │ 2025年 │ 指标类型 │',
      '├──┼──┼──┼──┼──┤',
      '│ 健康水平 │ 人均预期寿命 │ 岁 │ 80 │ 预期性 │',
      '│ │ 婴儿死亡率 │ ‰ │ ≤5 │ 约束性 │',
    ].join('\n');
    expect(tableRows(t)).toEqual([
      '人均预期寿命|岁|2025|=|80|80||健康水平|预期性|',
      '婴儿死亡率|‰|2025|<=|5|≤5||健康水平|约束性|',
    ]);
  });
});

describe('HTML tables inside a Markdown plan', () => {
  it('reads rowspan and colspan as merged cells, quoting the plan text', () => {
    const html = [
      '<table>',
      '<tr><th rowspan="2">类别</th><th rowspan="2">指标</th><th colspan="2">目标值</th><th rowspan="2">属性</th></tr>',
      '<tr><th>2025年</th><th>2026年</th></tr>',
      '<tr><td rowspan="2">服务利用</td><td>县域内就诊率（%）</td><td>88</td><td>≥90</td><td>预期性</td></tr>',
      '<tr><td>基层诊疗量占比（%）</td><td>—</td><td>≥65</td><td>约束性</td></tr>',
      '</table>',
    ].join('\n');
    const o = { format: 'md' as const, meta: { period: [2024, 2026] as [number, number] } };
    expect(tableRows(html, o)).toEqual([
      '县域内就诊率|%|2025|=|88|88||服务利用|预期性|',
      '县域内就诊率|%|2026|>=|90|≥90||服务利用|预期性|',
      '基层诊疗量占比|%|2026|>=|65|≥65||服务利用|约束性|',
    ]);
    expect(extract(html, o).result.indicators[1]!.quote).toBe('县域内就诊率（%）</td><td>88</td><td>≥90');
  });
});

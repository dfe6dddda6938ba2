import { describe, expect, it } from 'vitest';
import { tableRows } from './helpers.ts';

/** One cell per paragraph, a white-space line between cells, as HTML flattened to text gives it. */
const cellLines = (cells: string[]) => cells.join('\n\u00a0 \u00a0\n');

describe('one cell per line', () => {
  it('cuts rows at their attribute cell and gives a row one cell short the category above', () => {
    const t = cellLines([
      '类别',
      '指  标  名  称',
      '2020年\n\n现状',
      '2025年\n\n目标值',
      '指标\n\n属性',
      '健康\n\n水平\n\n(2个)',
      '人均预期寿命(岁)',
      '83.11',
      '83.14',
      '预期性',
      '婴儿死亡率(‰)',
      '2.5',
      '≤3',
      '约束性',
      '说明。',
    ]);
    expect(tableRows(t)).toEqual([
      '人均预期寿命|岁|2025|=|83.14|83.14|83.11|健康水平|预期性|',
      '婴儿死亡率|‰|2025|<=|3|≤3|2.5|健康水平|约束性|',
    ]);
  });

  it('cuts rows by the header width without an attribute column', () => {
    const t = cellLines(['指标', '单位', '2025年', '床位数', '张', '7', '护士数', '人', '3.8', '以上指标为预期性。']);
    expect(tableRows(t)).toEqual(['床位数|张|2025|=|7|7||||', '护士数|人|2025|=|3.8|3.8||||']);
  });
});

describe('a table run into a sentence', () => {
  it('splits rows at their attribute words and a known category glued to a name', () => {
    const t =
      '指标类别指标名称2025年指标性质健康水平人均预期寿命(岁)76.8预期性婴儿死亡率(‰)<6约束性健康生活吸烟率(%)<20预期性。';
    expect(tableRows(t)).toEqual([
      '人均预期寿命|岁|2025|=|76.8|76.8||健康水平|预期性|',
      '婴儿死亡率|‰|2025|<|6|<6||健康水平|约束性|',
      '吸烟率|%|2025|<|20|<20||健康生活|预期性|',
    ]);
  });
});

describe('one cell per line without borders (a web page copied as text)', () => {
  it('cuts rows by the header width and stops at the first row that does not fit', () => {
    const t = [
      '序号',
      '指标',
      '单位',
      '2025年',
      '1',
      '床位数',
      '张',
      '7',
      '2',
      '护士数',
      '人',
      '≥3.8',
      '三、保障措施',
      '加强组织领导',
      '各部门要按照职责分工抓好落实',
      '确保各项任务落地见效',
    ].join('\n');
    expect(tableRows(t)).toEqual(['床位数|张|2025|=|7|7||||', '护士数|人|2025|>=|3.8|≥3.8||||']);
  });

  it('ends rows at their attribute cell, a row one short taking the category above (CRLF)', () => {
    const t = [
      '类别',
      '指标',
      '2025年',
      '属性',
      '健康水平',
      '人均预期寿命（岁）',
      '80',
      '预期性',
      '婴儿死亡率（‰）',
      '≤5',
      '约束性',
      '以上指标按年度监测。',
    ].join('\r\n');
    expect(tableRows(t)).toEqual([
      '人均预期寿命|岁|2025|=|80|80||健康水平|预期性|',
      '婴儿死亡率|‰|2025|<=|5|≤5||健康水平|约束性|',
    ]);
  });
});

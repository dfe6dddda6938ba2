import { describe, expect, it } from 'vitest';
import { messages, tableRows } from './helpers.ts';

const yunxiLike = [
  '序号\t领域\t指标名称\t单位\t2020年\t2025年\t指标属性',
  '1\t健康水平\t人均预期寿命\t岁\t78.62\t79.50\t预期性',
  '2\t\t婴儿死亡率\t‰\t3.15\t≤4.5\t预期性',
  '— 4 —',
  '3\t\t孕产妇死亡率\t1/10万\t9.84\t≤12\t预期性',
  '4\t健康生活\t老年医学科设置比例\t%\t—\t≥60\t约束性',
  '5\t\t近视率\t%\t53.1\t持续下降\t约束性',
  '注：近视率指儿童青少年总体近视率。',
].join('\n');

const expected = [
  '人均预期寿命|岁|2025|=|79.5|79.50|78.62|健康水平|预期性|',
  '婴儿死亡率|‰|2025|<=|4.5|≤4.5|3.15|健康水平|预期性|',
  '孕产妇死亡率|1/10万|2025|<=|12|≤12|9.84|健康水平|预期性|',
  '老年医学科设置比例|%|2025|>=|60|≥60||健康生活|约束性|',
  '近视率|%|2025|||持续下降|53.1|健康生活|约束性|',
];

describe('TAB-separated tables', () => {
  it('reads every row across a page-number line, carrying blank categories down', () => {
    expect(tableRows(yunxiLike)).toEqual(expected);
  });

  it('reads the same table with CRLF line endings', () => {
    expect(tableRows(yunxiLike.replace(/\n/gu, '\r\n'))).toEqual(expected);
  });

  it('reads it without a 序号 column and with other header words', () => {
    const other = yunxiLike
      .split('\n')
      .map((l) => l.replace(/^(?:\d+|序号)\t/u, ''))
      .join('\n')
      .replace(
        '领域\t指标名称\t单位\t2020年\t2025年\t指标属性',
        '类别\t具体指标\t计量单位\t基期值\t2025年目标值\t属性',
      );
    expect(tableRows(other)).toEqual(expected);
  });

  it('quotes from the name cell to the target cell', () => {
    const { length } = tableRows(yunxiLike);
    expect(length).toBe(5);
    expect(messages(yunxiLike, 'table-columns')[0]).toContain(
      '序号(serial)|领域(category)|指标名称(name)|单位(unit)|2020年(baseline 2020)|2025年(target 2025)|指标属性(attribute)',
    );
  });

  it('makes no record for a "no value" cell, in every dash and slash form', () => {
    for (const none of ['—', '－', '-', '/', '——', '／']) {
      const t = `指标\t单位\t2025年\t2030年\n床位数\t张\t${none}\t8\n`;
      expect(tableRows(t)).toEqual(['床位数|张|2030|=|8|8||||']);
    }
  });
});

describe('page breaks inside a TAB table', () => {
  it('skips a page number with a running header and the header repeated on the next page', () => {
    const t = [
      '指标名称\t单位\t2020年\t2025年',
      '人均预期寿命\t岁\t78.6\t79.5',
      '— 5 —',
      '测试市人民政府办公室文件',
      '指标名称\t单位\t2020年\t2025年',
      '婴儿死亡率\t‰\t3.2\t≤4.5',
    ].join('\n');
    expect(tableRows(t)).toEqual(['人均预期寿命|岁|2025|=|79.5|79.5|78.6|||', '婴儿死亡率|‰|2025|<=|4.5|≤4.5|3.2|||']);
  });

  it('ends the table at a sentence between rows', () => {
    const t = ['指标\t2025年', '床位数\t7', '以上指标由市卫生健康委负责统计。', '护士数\t3.8', '医师数\t3.2'].join(
      '\n',
    );
    expect(tableRows(t)).toEqual(['床位数||2025|=|7|7||||']);
  });
});

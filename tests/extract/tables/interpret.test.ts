import { describe, expect, it } from 'vitest';
import { messages, tableRows } from './helpers.ts';

const tab = (...lines: string[]) => lines.join('\n');

describe('columns interpreted by their headers', () => {
  it('files a second target column of the same year naming a higher level as its parentValue', () => {
    const t = tab(
      '类别\t指标名称\t2020年武汉经开区现状\t2025年经开区目标值\t2025年武汉市目标值\t指标属性',
      '健康水平\t人均预期寿命(岁)\t83.11\t83.14\t82.4\t预期性',
    );
    expect(tableRows(t, { meta: { region: '武汉经开区' } })).toEqual([
      '人均预期寿命|岁|2025|=|83.14|83.14|83.11|健康水平|预期性|82.4',
    ]);
    expect(messages(t, 'table-columns', { meta: { region: '武汉经开区' } })[0]).toContain('(parent 2025)');
  });

  it('reads a 全省 column without a year as the higher level of the end year', () => {
    const t = tab('指标\t单位\t目标值\t全省目标', '床位数\t张\t7\t7.5');
    expect(tableRows(t)).toEqual(['床位数|张|2025|=|7|7||||7.5']);
  });

  it('makes one record per target year; a year inside the period is a target, before it a baseline', () => {
    const t = tab('指标\t单位\t2020年\t2025年\t2030年', '护士数\t人\t3.0\t3.8\t≥4.5');
    expect(tableRows(t, { meta: { period: [2021, 2030] } })).toEqual([
      '护士数|人|2025|=|3.8|3.8|3|||',
      '护士数|人|2030|>=|4.5|≥4.5|3|||',
    ]);
  });

  it('takes the unit from brackets in the name when there is no unit column', () => {
    const t = tab(
      '指标名称（单位）\t2025年',
      '每千人口床位数（张/千人）\t7.5',
      '注册护士数（人）\t3.8',
      '覆盖率(%)\t≥90',
    );
    expect(tableRows(t)).toEqual([
      '每千人口床位数|张/千人|2025|=|7.5|7.5||||',
      '注册护士数|人|2025|=|3.8|3.8||||',
      '覆盖率|%|2025|>=|90|≥90||||',
    ]);
  });

  it('reads full-width signs and digits like ASCII ones, noting the digits as a repair', () => {
    const t = tab(
      '指标\t单位\t目标',
      '甲率\t%\t＞９０',
      '乙率\t%\t≦5',
      '丙率\t%\t＝100',
      '丁率\t%\t60至70',
      '戊率\t%\t60~70',
    );
    expect(tableRows(t)).toEqual([
      '甲率|%|2025|>|90|＞９０||||',
      '乙率|%|2025|<=|5|≦5||||',
      '丙率|%|2025|=|100|＝100||||',
      '丁率|%|2025|>=|60|60至70||||',
      '戊率|%|2025|>=|60|60~70||||',
    ]);
    expect(messages(t, 'repair-fullwidth-digit')).toHaveLength(1);
  });

  it('carries a category from a band row, names a 其中 row by the row above, ignores 备注', () => {
    const t = tab('指标\t单位\t2025年\t备注', '健康水平\t\t\t', '床位数\t张\t7\t含民营', '其中：公立医院\t\t5\t');
    expect(tableRows(t)).toEqual([
      '床位数|张|2025|=|7|7||健康水平||',
      '床位数(其中：公立医院)|张|2025|=|5|5||健康水平||',
    ]);
  });

  it('reports cells that fit no column, and the table with its columns', () => {
    const t = tab('指标\t2025年', '床位数\t7\t多余');
    expect(messages(t, 'unparsed-cell')).toEqual(['table cell "多余" fits no column']);
    expect(messages(t, 'table-columns')).toEqual([
      'tab grid of 2 rows, 1 indicator rows: columns 指标(name)|2025年(target 2025)',
    ]);
  });

  it('reads no indicator table from a grid without a name and a value column', () => {
    const t = tab('序号\t任务\t牵头单位\t完成时限', '1\t建设医院\t市卫生健康委\t2025年');
    expect(tableRows(t)).toEqual([]);
    expect(messages(t, 'table-other')).toEqual(['tab grid of 2 rows: not an indicator table']);
  });
});

describe('more header words', () => {
  it('reads 一级/二级/三级指标: the last indicator column names the row, the first groups rows', () => {
    const t = tab('一级指标\t二级指标\t三级指标\t“十三五”末\t“十四五”末', '健康水平\t死亡率\t婴儿死亡率（‰）\t4\t≤3.5');
    expect(tableRows(t)).toEqual(['婴儿死亡率|‰|2025|<=|3.5|≤3.5|4|健康水平||']);
  });

  it('reads line breaks in Markdown header cells and drops a row number run into the name', () => {
    const md = [
      '| 指标<br>名称 | 2025年<br>目标值 |',
      '| --- | --- |',
      '| 1.人均预期寿命（岁） | 80 |',
      '| 5岁以下儿童死亡率（‰） | ≤5 |',
    ].join('\n');
    expect(tableRows(md, { format: 'md' })).toEqual([
      '人均预期寿命|岁|2025|=|80|80||||',
      '5岁以下儿童死亡率|‰|2025|<=|5|≤5||||',
    ]);
  });
});

describe('rows that lost their category cell', () => {
  it('does not shift a full row whose last cell is blank', () => {
    const t = tab('类别\t指标\t2025年\t属性', '新领域\t5岁以下儿童死亡率（‰）\t≤5\t', '\t婴儿死亡率（‰）\t≤3\t预期性');
    expect(tableRows(t)).toEqual([
      '5岁以下儿童死亡率|‰|2025|<=|5|≤5||新领域||',
      '婴儿死亡率|‰|2025|<=|3|≤3||新领域|预期性|',
    ]);
  });
});

describe('cells with several values', () => {
  it('keeps the record without a number and warns', () => {
    const t = tab('指标\t2025年', '城乡签约率\t城市80；农村70');
    expect(tableRows(t)).toEqual(['城乡签约率||2025|||城市80；农村70||||']);
    expect(messages(t, 'multiple-values')).toEqual(['multiple-values: the target cell holds several values']);
  });
});

describe('tables of the past', () => {
  it('makes no target of the last plan’s target and its result', () => {
    const t = tab('指标\t单位\t2020年目标\t2020年完成值\t2025年', '床位数\t张\t6\t6.1\t7');
    expect(tableRows(t)).toEqual(['床位数|张|2025|=|7|7|6.1|||']);
    expect(messages(t, 'table-columns')[0]).toContain(
      '2020年目标(unknown)|2020年完成值(baseline 2020)|2025年(target 2025)',
    );
  });
});

describe('OCR damage in value cells', () => {
  it('reads letters for digits beside digits, as a repair, and leaves words alone', () => {
    const t = tab('指标\t单位\t2025年', '甲率\t%\t≥9O', '乙率\t%\t1O0%', '丙数\t岁\tl5.2以上', '丁率\t%\t持续改善');
    expect(tableRows(t)).toEqual([
      '甲率|%|2025|>=|90|≥9O||||',
      '乙率|%|2025|=|100|1O0%||||',
      '丙数|岁|2025|>=|15.2|l5.2以上||||',
      '丁率|%|2025|||持续改善||||',
    ]);
    expect(messages(t, 'repair-ocr-digits')).toHaveLength(3);
  });
});

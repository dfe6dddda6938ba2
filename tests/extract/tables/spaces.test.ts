import { describe, expect, it } from 'vitest';
import { extract, messages, tableRows } from './helpers.ts';

const ocr = [
  '序号  领域      指标名称                  单位   2020年   2025年   属性',
  '1     健康水平  人均预期寿命              岁     78.62    79.50    预期性',
  '2               每千常住人口执业（助理）  人     2.41     2.85     预期性',
  '                医师数',
  '3     健康生活  吸烟率                    %      23.6     <20      约束性',
  '                     — 5 —',
  '4               经常参加体育锻炼人数比例  %      38.5     ≥40      预期性',
].join('\n');

describe('space-aligned tables (OCR of ruled tables)', () => {
  it('places cells by column, carries blank categories, joins a wrapped name, skips a page number', () => {
    expect(tableRows(ocr)).toEqual([
      '人均预期寿命|岁|2025|=|79.5|79.50|78.62|健康水平|预期性|',
      '每千常住人口执业（助理）医师数|人|2025|=|2.85|2.85|2.41|健康水平|预期性|',
      '吸烟率|%|2025|<|20|<20|23.6|健康生活|约束性|',
      '经常参加体育锻炼人数比例|%|2025|>=|40|≥40|38.5|健康生活|预期性|',
    ]);
  });

  it('quotes the wrapped name across its two lines', () => {
    const t = extract(ocr).result.indicators.find((i) => i.name.endsWith('医师数'))!;
    expect(t.quote).toMatch(/^每千常住人口执业（助理）[\s\S]*医师数$/u);
  });

  it('reads ideographic-space separated cells and a table without 序号', () => {
    const t = [
      '指标名称　　单位　　2025年目标　　属性',
      '孕产妇死亡率　　1/10万　　≤10　　约束性',
      '婴儿死亡率　　‰　　≤5　　预期性',
    ].join('\n');
    expect(tableRows(t)).toEqual([
      '孕产妇死亡率|1/10万|2025|<=|10|≤10|||约束性|',
      '婴儿死亡率|‰|2025|<=|5|≤5|||预期性|',
    ]);
  });
});

describe('printed headers', () => {
  it('joins a header spaced letter by letter', () => {
    const t = [
      '领  域    指  标  名  称        单  位    2025年',
      '健康水平  人均预期寿命          岁        79.5',
      '          婴儿死亡率            ‰         ≤5',
    ].join('\n');
    expect(tableRows(t)).toEqual([
      '人均预期寿命|岁|2025|=|79.5|79.5||健康水平||',
      '婴儿死亡率|‰|2025|<=|5|≤5||健康水平||',
    ]);
    expect(messages(t, 'table-columns')[0]).toContain('领域(category)|指标名称(name)|单位(unit)|2025年(target 2025)');
  });
});

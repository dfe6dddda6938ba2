import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/lib/extract/util/value.ts';
import { splitNameUnit } from '../../src/lib/extract/util/name-unit.ts';

describe('table values', () => {
  it.each([
    ['≥2.4', null, '>=', 2.4, 'number'],
    ['≤9.94', null, '<=', 9.94, 'number'],
    ['> 80', null, '>', 80, 'number'],
    ['<40', null, '<', 40, 'number'],
    ['83.14', null, '=', 83.14, 'number'],
    ['2~3', null, '>=', 2, 'range'],
    ['80%-85%', null, '>=', 80, 'range'],
    ['持续改善', null, null, null, 'qualitative'],
    ['比2016年 降低10%', null, null, null, 'relative'],
    ['每年降低0.5个百分点', null, null, null, 'relative'],
    ['-', null, null, null, 'missing'],
    ['\u200270.6;\n\n69.1', null, null, null, 'multiple'],
  ] as const)('%s', (raw, unit, op, value, kind) => {
    const v = parseValue(raw, unit);
    expect([v.op, v.value, v.kind]).toEqual([op, value, kind]);
  });

  it('reads a "≥" converted to a leading 2 in a percent column, and says so', () => {
    const v = parseValue('225', '%');
    expect([v.op, v.value]).toEqual(['>=', 25]);
    expect(v.repairs[0]).toMatch(/^repair-ge-digit/u);
    expect(parseValue('225', '人').value).toBe(225);
  });

  it('reads OCR letters in a number', () => {
    const v = parseValue('IOO');
    expect(v.value).toBe(100);
    expect(v.repairs[0]).toBe('repair-ocr-digit: "IOO" read as 100');
  });
});

describe('indicator cells', () => {
  it('keeps inner parentheses in the name and takes the last as the unit', () => {
    expect(splitNameUnit('每千常住人口执业(助理)医师数(人)')).toMatchObject({
      name: '每千常住人口执业(助理)医师数',
      unit: '人',
    });
    expect(splitNameUnit('孕产妇死亡率(/10万)')).toMatchObject({ name: '孕产妇死亡率', unit: '/10万' });
  });

  it('notices a lost unit and a name parenthetical that is no unit', () => {
    expect(splitNameUnit('15岁以上人群吸烟率()')).toMatchObject({
      name: '15岁以上人群吸烟率',
      unit: null,
      unitLost: true,
    });
    expect(splitNameUnit('以苏木乡镇(街道)为单位接种率')).toMatchObject({ unit: null, unitLost: false });
  });
});

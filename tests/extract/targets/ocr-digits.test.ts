import { describe, expect, it } from 'vitest';
import { looksNumeric, readDamagedNumber } from '../../../src/lib/extract/util/ocr-digits.ts';
import { parseValue } from '../../../src/lib/extract/util/value.ts';
import { extract } from './helpers.ts';

const read = (body: string) => extract(body).indicators.map((t) => [t.name, t.value, t.unit, t.repairs]);

describe('numbers damaged by OCR or conversion', () => {
  it.each([
    ['覆盖率达到l5.2%。', '覆盖率', 15.2, '%', 'repair-ocr-digit: "l5.2" read as 15.2'],
    ['床位使用率达到1O0%。', '床位使用率', 100, '%', 'repair-ocr-digit: "1O0" read as 100'],
    ['建设I0个中心。', '中心', 10, '个', 'repair-ocr-digit: "I0" read as 10'],
    ['培训医师IOO名。', '培训医师', 100, '名', 'repair-ocr-digit: "IOO" read as 100'],
    ['每千人口床位数达到７.5张。', '每千人口床位数', 7.5, '张', 'repair-fullwidth-digit: "７.5" read as 7.5'],
    ['每千人口床位数达到７．５张。', '每千人口床位数', 7.5, '张', 'repair-fullwidth-digit: "７．５" read as 7.5'],
  ])('%s', (body, name, value, unit, repair) => {
    expect(read(body)).toEqual([[name, value, unit, [repair]]]);
  });

  it('reports every repair at the target', () => {
    const x = extract('覆盖率达到l5.2%。');
    expect(x.issues.find((i) => i.code === 'repair-ocr-digit')?.line).toBe(2);
  });

  it('leaves words with I, l and O alone', () => {
    expect(read('建设ICU病房5个，OLED屏幕达到3个，Level建设完成。')).toEqual([
      ['建设ICU病房', 5, '个', []],
      ['OLED屏幕', 3, '个', []],
    ]);
    expect(looksNumeric('O', true)).toBe(false);
    expect(looksNumeric('Il', false)).toBe(false);
    expect(Number.isNaN(readDamagedNumber('lO.O.1').value)).toBe(true);
  });

  it('reads damaged table cells the same way', () => {
    expect(parseValue('≥1O0')).toMatchObject({
      op: '>=',
      value: 100,
      repairs: ['repair-ocr-digit: "1O0" read as 100'],
    });
    expect(parseValue('７.5')).toMatchObject({ value: 7.5, repairs: ['repair-fullwidth-digit: "７.5" read as 7.5'] });
  });
});

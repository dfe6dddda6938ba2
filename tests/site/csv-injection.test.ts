import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvDocument } from '../../src/lib/site/csv.ts';
import { xlsxWorkbook } from '../../src/lib/site/tables/xlsx/workbook.ts';

const PAYLOAD = "=cmd|' /C calc'!A0";

describe('site CSV downloads and the compare export (both use csvDocument)', () => {
  it('neutralises formula-like text cells and keeps numbers', () => {
    const csv = csvDocument(
      ['单位', '目标值', '说明'],
      [
        [PAYLOAD, -5, '+3'],
        ['@x', 7.5, '-区卫健局'],
      ],
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe("'=cmd|' /C calc'!A0,-5,+3");
    expect(lines[2]).toBe("'@x,7.5,'-区卫健局");
  });

  it('prefixes a header too', () => {
    expect(csvDocument(['=a'], []).slice(1)).toBe("'=a\r\n");
  });
});

describe('xlsx', () => {
  it('writes text as inline strings, never as formulas', () => {
    const files = unzipSync(xlsxWorkbook([{ name: 's', headers: ['x', 'n'], rows: [[PAYLOAD, -5]] }]));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">=cmd|\' /C calc\'!A0</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>-5</v></c>');
    expect(sheet).not.toMatch(/<f[ >]/);
  });
});

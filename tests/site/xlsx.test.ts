import { strFromU8, unzipSync } from 'fflate';
import { sheetXml } from '../../src/lib/site/tables/xlsx/sheet.ts';
import { describe, expect, it } from 'vitest';
import { fileTitle } from '../../src/lib/site/tables/table.ts';
import { tableWorkbook } from '../../src/lib/site/tables/xlsx/table-book.ts';
import { xlsxWorkbook } from '../../src/lib/site/tables/xlsx/workbook.ts';
import { columnName, sheetName, xmlText } from '../../src/lib/site/tables/xlsx/xml.ts';

const unzip = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

describe('xlsx workbook', () => {
  it('is a zip with the parts Excel needs and one sheet per table', () => {
    const files = unzip(
      xlsxWorkbook([
        { name: '数据', headers: ['地区', '目标值'], rows: [['甲市', 6.5]] },
        { name: '说明', headers: ['说明'], rows: [] },
      ]),
    );
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(files['xl/workbook.xml']).toContain('<sheet name="数据" sheetId="1" r:id="rId1"/>');
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">甲市</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>6.5</v></c>');
    expect(sheet).toContain('state="frozen"');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const files = unzip(xlsxWorkbook([{ name: 'a', headers: ['x'], rows: [['<script>&"\u0001']] }]));
    expect(files['xl/worksheets/sheet1.xml']).toContain('&lt;script&gt;&amp;&quot;</t>');
  });

  it('is byte for byte the same when built twice', () => {
    const sheets = [{ name: 's', headers: ['a'], rows: [[1]] }];
    expect(xlsxWorkbook(sheets)).toEqual(xlsxWorkbook(sheets));
  });

  it('puts the notes of a table on a 说明 sheet', () => {
    const files = unzip(tableWorkbook({ title: 'T', headers: ['a'], rows: [[null]], notes: ['来源'] }));
    expect(files['xl/workbook.xml']).toContain('name="说明"');
    expect(files['xl/worksheets/sheet2.xml']).toContain('来源');
  });
});

describe('xml helpers', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('keeps sheet and file names within what Excel and Windows accept', () => {
    expect(sheetName('a/b:c'.repeat(10), 0).length).toBeLessThanOrEqual(31);
    expect(sheetName('', 2)).toBe('Sheet3');
    expect(fileTitle('孕产妇死亡率：各地目标/2025')).toBe('孕产妇死亡率：各地目标_2025');
    expect(xmlText('a\u0000b')).toBe('ab');
  });
});

describe('a library-wide sheet', () => {
  it('writes more rows than a function call takes arguments', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [`地区${i}`, i]);
    const sheet = sheetXml(['地区', '目标值'], rows);
    expect(sheet).toContain('<row r="300001">');
  });
});

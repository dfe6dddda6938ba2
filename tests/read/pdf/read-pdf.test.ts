import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/read/input-error.ts';
import { readPdf } from '../../../src/lib/read/pdf/read-pdf.ts';
import type { ReadResult } from '../../../src/lib/read/readers.ts';

const dir = 'tests/fixtures/read/pdf';
const read = (name: string): ReadResult => readPdf(readFileSync(join(dir, name)), name);

function failure(name: string): InputError {
  try {
    read(name);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`expected ${name} to be refused`);
}

/** Every offset lies on exactly one page, in order; every grid cell quotes the text. */
function expectConsistent(r: ReadResult): void {
  let at = 0;
  for (const span of r.pages ?? []) {
    expect(span.start).toBe(at);
    at = span.end;
  }
  expect(at).toBe(r.text.length);
  for (const cell of (r.grids ?? []).flatMap((g) => g.rows.flat()))
    expect(r.text.slice(cell.start, cell.end)).toBe(cell.text);
}

describe('readPdf on generated PDFs', () => {
  it('joins a table broken across pages, its repeated header dropped, wrapped cells whole', () => {
    const r = read('table-break.pdf');
    expectConsistent(r);
    expect(r.grids).toHaveLength(1);
    const rows = r.grids?.[0]?.rows ?? [];
    expect(rows.map((row) => row[0]?.text)).toEqual(['序号', ...Array.from({ length: 30 }, (_, i) => String(i + 1))]);
    expect(rows[0]?.map((c) => c.text)).toEqual(['序号', '指标名称', '单位', '2020年现状值', '2025年目标值', '属性']);
    expect(rows[14]?.map((c) => c.text)).toEqual([
      '14',
      '第14项指标乡镇卫生院（社区卫生服务中心）达到优质服务基层行推荐标准的比例',
      '%',
      '64.5',
      '≥74',
      '约束性',
    ]);
    expect(r.setApart).toEqual({ 'repeated-table-headers': 1 });
    expect(r.text).toContain('\n\n| 序号 | 指标名称 | 单位 | 2020年现状值 | 2025年目标值 | 属性 |\n| 1 | ');
    // row 15 is the first on page 2: its offset is on page 2
    const row15 = rows[15]?.[0];
    const page = r.pages?.find((p) => p.start <= (row15?.start ?? -1) && (row15?.start ?? -1) < p.end);
    expect(page?.page).toBe(2);
  });

  it('reads merged cells both ways: a centred category over its rows, a header over two year columns', () => {
    const r = read('table-merged.pdf');
    expectConsistent(r);
    const rows = r.grids?.[0]?.rows ?? [];
    expect(rows[0]?.map((c) => c.text)).toEqual([
      '领域',
      '主要指标',
      '单位',
      '2022年',
      '目标值 2025年',
      '目标值 2030年',
      '指标性质',
    ]);
    expect(rows.map((row) => [row[0]?.text, row[0]?.merged ?? null])).toEqual([
      ['领域', null],
      ['健康水平', null],
      ['健康水平', 'row'],
      ['健康水平', 'row'],
      ['医疗卫生服务体系', null],
      ['医疗卫生服务体系', 'row'],
      ['医疗卫生服务体系', 'row'],
      ['医疗卫生服务体系', 'row'],
    ]);
    expect(rows[2]?.map((c) => c.text).slice(1)).toEqual(['孕产妇死亡率', '/10万', '9.8', '≤9.5', '≤9.0', '预期性']);
    // a tightly set name cell running into its unit cell is cut at the unit column
    expect(rows[4]?.slice(1, 3).map((c) => c.text)).toEqual(['每千人口医疗卫生机构床位数', '张']);
    expect(r.text).toContain('\n|  | 孕产妇死亡率 | /10万 | 9.8 | ≤9.5 | ≤9.0 | 预期性 |\n');
  });

  it('joins a table over three pages, wrapped names whole, category labels where they stand', () => {
    const r = read('table-3pages.pdf');
    expectConsistent(r);
    expect(r.grids).toHaveLength(1);
    const rows = r.grids?.[0]?.rows ?? [];
    expect(r.setApart).toEqual({ 'repeated-table-headers': 2 });
    expect(rows[0]?.map((c) => c.text)).toEqual(['序号', '领域', '指标', '单位', '2020年', '2025年', '2035年']);
    expect(rows.slice(1).map((row) => row[0]?.text)).toEqual(Array.from({ length: 46 }, (_, i) => String(i + 1)));
    for (const [i, row] of rows.slice(1).entries()) {
      const n = i + 1;
      expect(row.slice(2).map((c) => c.text)).toEqual([
        `第${n}项指标名称较长需要换行显示的每千人口医疗卫生机构床位数`,
        '张',
        `${n}.1`,
        `≥${n}.5`,
        `≥${n + 1}`,
      ]);
    }
    // a label fused to its neighbour cell by the layout is cut at the column every other row starts
    expect(rows[10]?.slice(1, 3).map((c) => c.text)).toEqual([
      '医疗服务',
      '第10项指标名称较长需要换行显示的每千人口医疗卫生机构床位数',
    ]);
  });

  it('reads a borderless table whose cells nearly touch', () => {
    const rows = read('table-borderless.pdf').grids?.[0]?.rows ?? [];
    expect(rows.map((row) => row.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位', '配合单位'],
      ...Array.from({ length: 8 }, (_, i) => [
        String(i + 1),
        `建设项目${i + 1}号工程`,
        '县卫生健康局',
        '县财政局、县发展改革局',
      ]),
    ]);
  });

  it.each([
    ['furniture-dash.pdf', 9, { 'running-headers': 3, letterhead: 1, 'page-numbers': 3 }],
    ['furniture-page.pdf', 9, { 'running-headers': 3, 'page-numbers': 3 }],
    ['furniture-hyphen.pdf', 6, { 'page-numbers': 2 }],
  ])(
    '%s: page numbers, running header and letterhead set apart, paragraphs whole across pages',
    (name, items, counts) => {
      const r = read(name);
      expectConsistent(r);
      expect(r.setApart).toEqual(counts);
      const lines = r.text.split('\n').filter(Boolean);
      expect(lines[0]).toBe('测试市“十四五”卫生健康事业发展规划');
      const numbered = lines.filter((l) => /^\d+．到2025年/u.test(l));
      expect(numbered).toHaveLength(items);
      for (const l of numbered) expect(l).toMatch(/完善分级诊疗制度。到2025年.*人均预期寿命提高到79\.5岁。$/u);
      expect(r.text).not.toMatch(/—\s*\d+\s*—|第\d+页|^-\d+-$|测试市卫生健康委员会/mu);
      const printed = counts['page-numbers'];
      expect(r.pages?.map((p) => p.page)).toEqual(Array.from({ length: printed }, (_, i) => i + 1));
    },
  );

  it('reads a PDF locked by an owner password only (it opens without one)', () => {
    expect(read('owner-locked.pdf').text).toContain('孕产妇死亡率');
  });

  it.each([
    ['encrypted.pdf', 'pdf-encrypted', /encrypted.*password/u],
    ['truncated.pdf', 'pdf-damaged', /damaged or incomplete/u],
    ['scan.pdf', 'pdf-scanned', /every page is an image without a text layer.*OCR/u],
    ['mixed-scan.pdf', 'pdf-scanned', /page 2 is an image without a text layer/u],
  ])('refuses %s with a message naming the file and what to do', (name, code, message) => {
    const error = failure(name);
    expect(error.code).toBe(code);
    expect(error.file).toBe(name);
    expect(error.message.startsWith(`${name}: `)).toBe(true);
    expect(error.message).toMatch(message);
  });

  it('refuses bytes that are no PDF at all as damaged', () => {
    expect(() => readPdf(new TextEncoder().encode('<html>not a pdf</html>'), 'x.pdf')).toThrow(
      /x\.pdf: the PDF cannot be read/u,
    );
  });
});

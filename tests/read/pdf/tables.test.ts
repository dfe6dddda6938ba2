import { describe, expect, it } from 'vitest';
import { compose } from '../../../src/lib/read/pdf/compose.ts';
import { layOut } from '../../../src/lib/read/pdf/layout.ts';
import type { PdfItem, PdfTable } from '../../../src/lib/read/pdf/types.ts';
import { bodyLines, item, page } from './make-page.ts';

const X = [60, 150, 330, 380, 440]; // 类别 指标 单位 基期 目标
const S = 9;

/** One table row at baseline y; `null` leaves a cell empty. */
function row(y: number, cells: readonly (string | null)[]): PdfItem[] {
  return cells.flatMap((c, i) => (c === null ? [] : [item(c, X[i]!, y, S)]));
}

const HEADER = (y: number): PdfItem[] => row(y, ['类别', '指标', '单位', '基期值', '目标值']);

function tables(pages: ReturnType<typeof page>[]): PdfTable[] {
  return layOut(pages).pieces.flatMap((p) => (p.kind === 'table' ? [p.table] : []));
}

const texts = (t: PdfTable | undefined): string[][] => (t?.rows ?? []).map((r) => r.map((c) => c.text));

describe('tables from positions', () => {
  it('rebuilds rows and columns, a wrapped cell kept together, a category centred over its rows merged', () => {
    const items = [
      ...bodyLines(['表1 主要指标'], 800),
      ...HEADER(770),
      ...row(740, [null, '县域内就诊率', '%', '86.3', '≥90']),
      ...row(725, ['服务利用', null, null, null, null]),
      ...row(710, [null, '基层医疗卫生机构诊疗量占比', '%', '58.7', '≥65']),
      // a name wrapped over two lines, its row's other cells centred between them
      ...row(687, [null, '乡镇卫生院（社区卫生服务中心）达到', null, null, null]),
      ...row(680, ['服务能力', null, '%', '15', '≥40']),
      ...row(673, [null, '推荐标准的比例', null, null, null]),
      ...bodyLines(['注：基期为2023年。'], 640),
    ];
    const [table] = tables([page(1, items)]);
    expect(texts(table)).toEqual([
      ['类别', '指标', '单位', '基期值', '目标值'],
      ['服务利用', '县域内就诊率', '%', '86.3', '≥90'],
      ['服务利用', '基层医疗卫生机构诊疗量占比', '%', '58.7', '≥65'],
      ['服务能力', '乡镇卫生院（社区卫生服务中心）达到推荐标准的比例', '%', '15', '≥40'],
    ]);
    expect(table?.rows.map((r) => r[0]?.merged)).toEqual([undefined, undefined, 'row', undefined]);
  });

  it('leaves a category on its row when labels sit on rows and the first data row has one (no merge invented)', () => {
    const items = [
      ...HEADER(770),
      ...row(740, ['健康水平', '人均预期寿命', '岁', '78.2', '79']),
      ...row(710, [null, '婴儿死亡率', '‰', '3.1', '≤3']),
      ...row(680, ['服务体系', '床位数', '张', '6.9', '7.5']),
      ...row(650, [null, '医师数', '人', '3.0', '3.2']),
    ];
    const [table] = tables([page(1, items)]);
    expect(table?.rows.map((r) => r[0]?.text)).toEqual(['类别', '健康水平', '', '服务体系', '']);
  });

  it('joins a table continued on the next page and drops its repeated header', () => {
    const first = page(1, [
      ...bodyLines(['正文。'], 800),
      ...HEADER(770),
      ...row(740, ['甲', '指标一', '%', '1', '2']),
      ...row(710, [null, '指标二', '%', '3', '4']),
    ]);
    const second = page(2, [
      ...HEADER(800),
      ...row(770, [null, '指标三', '%', '5', '6']),
      ...bodyLines(['后文。'], 730),
    ]);
    const layout = layOut([first, second]);
    const all = layout.pieces.filter((p) => p.kind === 'table');
    expect(all).toHaveLength(1);
    const table = all[0]?.kind === 'table' ? all[0].table : undefined;
    expect(texts(table).map((r) => r[1])).toEqual(['指标', '指标一', '指标二', '指标三']);
    expect(table?.rowPages).toEqual([1, 1, 1, 2]);
    expect(layout.setApart['repeated-table-headers']).toBe(1);
  });

  it('joins a continuation without a repeated header, and keeps apart a table with other columns', () => {
    const first = page(1, [...HEADER(770), ...row(740, ['甲', '指标一', '%', '1', '2'])]);
    const second = page(2, [
      ...row(800, ['乙', '指标二', '%', '3', '4']),
      ...row(770, [null, '指标三', '%', '5', '6']),
    ]);
    expect(tables([first, second]).map((t) => t.rows.length)).toEqual([4]);
    const other = page(2, [
      item('序号', 60, 800, S),
      item('任务', 200, 800, S),
      item('1', 60, 770, S),
      item('建设', 200, 770, S),
    ]);
    expect(tables([first, other]).map((t) => t.rows.length)).toEqual([2, 2]);
  });

  it('writes rows as pipe lines with a blank line around, grid offsets quoting the text', () => {
    const items = [
      ...bodyLines(['前文。'], 800),
      ...HEADER(770),
      ...row(740, ['甲', '指标一', '%', '1', '2']),
      ...row(710, [null, '指标二', '%', '3', '4']),
      ...bodyLines(['后文。'], 680),
    ];
    const { pieces } = layOut([page(1, items)]);
    const { text, grids, pages } = compose(pieces);
    expect(text).toBe(
      '前文。\n\n| 类别 | 指标 | 单位 | 基期值 | 目标值 |\n| 甲 | 指标一 | % | 1 | 2 |\n|  | 指标二 | % | 3 | 4 |\n\n后文。\n',
    );
    for (const cell of grids[0]?.rows.flat() ?? []) expect(text.slice(cell.start, cell.end)).toBe(cell.text);
    expect(pages).toEqual([{ page: 1, start: 0, end: text.length }]);
  });

  it('joins a continuation whose first column is empty on the new page', () => {
    const first = page(1, [...HEADER(770), ...row(740, ['甲', '指标一', '%', '1', '2'])]);
    const second = page(2, [
      ...row(800, [null, '指标二', '%', '3', '4']),
      ...row(770, [null, '指标三', '%', '5', '6']),
    ]);
    const [table, ...others] = tables([first, second]);
    expect(others).toEqual([]);
    expect(texts(table).slice(2)).toEqual([
      ['', '指标二', '%', '3', '4'],
      ['', '指标三', '%', '5', '6'],
    ]);
  });

  it('completes a row broken by the page with the rest of its cells, and takes a one-row continuation', () => {
    const first = page(1, [
      ...HEADER(770),
      ...row(740, ['甲', '指标一', '%', '1', '2']),
      ...row(710, ['乙', '指标二', '%', '3', '预期']),
    ]);
    // the rest of the last row's target cell, above the next page's only row, then body text
    const second = page(2, [
      ...row(792, [null, null, null, null, '以上']),
      ...row(780, [null, '指标三', '%', '5', '6']),
      ...bodyLines(['后文。'], 740),
    ]);
    const [table, ...others] = tables([first, second]);
    expect(others).toEqual([]);
    expect(texts(table).slice(1)).toEqual([
      ['甲', '指标一', '%', '1', '2'],
      ['乙', '指标二', '%', '3', '预期以上'],
      ['', '指标三', '%', '5', '6'],
    ]);
  });

  it('does not take one row of cells closing a page for a table when the next page does not continue it', () => {
    const first = page(1, [
      ...bodyLines(['正文。'], 800),
      item('石泉县人民政府办公室', 60, 700),
      item('2024年4月2日', 400, 700),
    ]);
    const second = page(2, bodyLines(['附件。'], 800));
    expect(tables([first, second])).toEqual([]);
  });

  it('reads a header row left alone at the foot of a page together with the next page, its cells run together cut', () => {
    // "基期值" ends 4 pt before "目标值" starts: too close to read as two cells on the header line alone
    const at = [60, 150, 330, 380, 411];
    const line = (y: number, cells: readonly (string | null)[]): PdfItem[] =>
      cells.flatMap((c, i) => (c === null ? [] : [item(c, at[i]!, y, S)]));
    const first = page(1, [...bodyLines(['正文。'], 800), ...line(60, ['类别', '指标', '单位', '基期值', '目标值'])]);
    const second = page(2, [
      ...line(800, ['甲', '指标一', '%', '1', '2']),
      ...line(770, [null, '指标二', '%', '3', '4']),
    ]);
    const all = tables([first, second]);
    expect(all).toHaveLength(1);
    expect(texts(all[0])).toEqual([
      ['类别', '指标', '单位', '基期值', '目标值'],
      ['甲', '指标一', '%', '1', '2'],
      ['', '指标二', '%', '3', '4'],
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../src/lib/read/html/index.ts';
import type { ReadResult } from '../../../src/lib/read/readers.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/read/html');
const read = (name: string): ReadResult => readHtml(readFileSync(join(FIXTURES, name)), name);
const html = (body: string, head = '<meta charset="utf-8">'): ReadResult =>
  readHtml(Buffer.from(`<html><head>${head}</head><body>${body}</body></html>`, 'utf8'), 'page.html');
const lines = (r: ReadResult): string[] => r.text.split('\n').filter((l) => l !== '');

describe('readHtml: encodings', () => {
  for (const name of [
    'gbk-meta-charset.html',
    'gbk-http-equiv.html',
    'gbk-undeclared.html',
    'gbk-labelled-utf8.html',
  ]) {
    it(`decodes ${name} as GB18030`, () => {
      const r = read(name);
      expect(r.encoding).toBe('gb18030');
      expect(r.format).toBe('html');
      expect(lines(r)).toEqual([
        '测试市卫生健康事业发展规划',
        '　　到2025年，每千人口医疗卫生机构床位数达到7.5张。',
        '婴儿死亡率控制在4‰以下。',
      ]);
      expect(r.metaText).toBe('测试市卫生健康规划');
    });
  }

  it('lets a BOM win over a contradicting declaration', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<meta charset="gbk"><p>床位数达到7.5张。</p>', 'utf8'),
    ]);
    const r = readHtml(bytes, 'bom.html');
    expect(r.encoding).toBe('utf-8-bom');
    expect(lines(r)).toEqual(['床位数达到7.5张。']);
  });
});

describe('readHtml: structure', () => {
  it('keeps headings with their level, paragraphs, and one line per <br>', () => {
    const r = html('<h2>一、发展<span>目标</span></h2><p>第一行<br>第二行<br/>third line</p><h3>（一）总体</h3>');
    expect(lines(r)).toEqual(['一、发展目标', '第一行', '第二行', 'third line', '（一）总体']);
    const kinds = r.blocks?.map((b) => [b.kind, b.level ?? 0, r.text.slice(b.start, b.end)]);
    expect(kinds).toEqual([
      ['heading', 2, '一、发展目标'],
      ['paragraph', 0, '第一行'],
      ['paragraph', 0, '第二行'],
      ['paragraph', 0, 'third line'],
      ['heading', 3, '（一）总体'],
    ]);
  });

  it('joins text split over spans, &nbsp; and source line breaks without losing a character', () => {
    const r = html(
      '<p>&nbsp;&nbsp;到2025年，<span>每千人口</span><span>执业（助理）\n  医师数</span>达到<b>3.2</b>人，' +
        '<font>注册 护士</font>　数达到3.8 人。</p>',
    );
    expect(lines(r)).toEqual(['\u00a0\u00a0到2025年，每千人口执业（助理）医师数达到3.2人，注册 护士　数达到3.8 人。']);
  });

  it('keeps a space where a line break separates words of other scripts', () => {
    expect(lines(html('<p>World Health\nOrganization</p>'))).toEqual(['World Health Organization']);
  });
});

describe('readHtml: tables', () => {
  const r = read('portal-table.html');
  const grid = r.grids?.[0];

  it('reads one data table as a grid; the layout table and the one-cell box are text', () => {
    expect(r.grids).toHaveLength(1);
    expect(grid?.origin).toBe('html');
    expect(lines(r)).toContain('专栏1　基层能力提升工程');
    expect(lines(r)).toContain('建设县域医疗卫生次中心3个。');
  });

  it('writes the table as TAB rows with merged positions empty, a blank line around it', () => {
    const table = r.text.slice(grid?.start, grid?.end);
    expect(table.split('\n')).toEqual([
      '| 领域 | 指标 | 目标值 |  | 属性 |',
      '|  |  | 2025年 | 2030年 |  |',
      '| 健康水平 | 人均预期寿命（岁） | 79 | 80 | 预期性 |',
      '|  | 婴儿死亡率（‰） | ≤5 | ≤4.5 | 约束性 |',
      '| 服务体系 | 每千人口床位数（张） | 7.5 |  | 预期性 |',
    ]);
    expect(r.text.slice((grid?.start ?? 0) - 2, grid?.start)).toBe('\n\n');
    expect(r.text.slice(grid?.end, (grid?.end ?? 0) + 2)).toBe('\n\n');
  });

  it('repeats a merged origin cell with its offsets and says from where', () => {
    const rows = grid?.rows ?? [];
    expect(rows.map((row) => row.length)).toEqual([5, 5, 5, 5, 5]);
    expect(rows[0]?.[3]).toEqual({ ...rows[0]?.[2], merged: 'col' });
    expect(rows[1]?.[0]).toEqual({ ...rows[0]?.[0], merged: 'row' });
    expect(rows[1]?.[4]).toEqual({ ...rows[0]?.[4], merged: 'row' });
    expect(rows[3]?.[0]).toEqual({
      text: '健康水平',
      start: rows[2]?.[0]?.start,
      end: rows[2]?.[0]?.end,
      merged: 'row',
    });
    expect(rows[4]?.[3]).toMatchObject({ text: '7.5', merged: 'col' });
    for (const cell of rows.flat()) expect(r.text.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('places cells after a rowspan from the row above in the next free column', () => {
    const t = html(
      '<table><tr><td rowspan="3">A</td><td>b1</td></tr><tr><td>b2</td></tr><tr><td rowspan="1" colspan="2">c</td></tr></table>',
    );
    expect(t.text.slice(t.grids?.[0]?.start, t.grids?.[0]?.end).split('\n')).toEqual([
      '| A | b1 |  |',
      '|  | b2 |  |',
      '|  | c |  |',
    ]);
    expect(t.grids?.[0]?.rows[2]?.map((c) => [c.text, c.merged ?? null])).toEqual([
      ['A', 'row'],
      ['c', null],
      ['c', 'col'],
    ]);
  });

  it('joins a cell broken over <br> or paragraphs into one cell, with no TAB or pipe inside', () => {
    const t = html(
      '<table><tr><td>2023年<br>基期值</td><td><p>目标</p><p>value\tx|y</p></td></tr><tr><td>1</td><td>2</td></tr></table>',
    );
    expect(t.text.trim().split('\n')[0]).toBe('| 2023年基期值 | 目标value x｜y |');
  });
});

describe('readHtml: page furniture', () => {
  const r = read('portal-table.html');

  it('sets apart menus, breadcrumbs, toolbars, share bars, footers, scripts and styles, counted', () => {
    for (const word of [
      '政务服务',
      '当前位置',
      '分享到',
      '字体',
      '打印本页',
      '扫一扫',
      '网站标识码',
      'ICP',
      '9.9',
      '访问量',
    ]) {
      expect(r.text).not.toContain(word);
    }
    expect(r.setApart).toEqual({ style: 1, script: 2, chrome: 7, 'meta-box': 1 });
  });

  it('keeps the metadata box and page title out of the text, in metaText', () => {
    expect(r.text).not.toContain('索引号');
    expect(r.metaText?.split('\n')).toEqual([
      '关于印发测试市卫生健康事业发展规划的通知_测试市人民政府',
      'ArticleTitle：测试市卫生健康事业发展规划',
      '索引号： 000000-2023-00001 主题分类： 卫生健康',
      '发布机构： 测试市人民政府办公室 成文日期： 2023年03月01日',
      '文号： 测政办发〔2023〕1号 发布日期： 2023年03月05日',
    ]);
  });

  it('reads a metadata box written as label：value lines as one box', () => {
    const t = html(
      '<p>索引号：1169/2024-00031　　主题分类：卫生健康</p><p>标　题：关于印发规划的通知</p><p>有效性：有效</p><p>到2025年，床位数达到7.5张。</p>',
    );
    expect(lines(t)).toEqual(['到2025年，床位数达到7.5张。']);
    expect(t.setApart).toEqual({ 'meta-box': 1 });
    expect(t.metaText).toContain('标　题：关于印发规划的通知');
  });

  it('keeps an element named like furniture when it holds the plan’s prose', () => {
    const prose = '到2025年，每千人口床位数达到7.5张，全市二级以上公立医院全部建成互联网医院。'.repeat(8);
    for (const wrapper of ['<form id="form1">', '<div class="main-nav-content">', '<footer>']) {
      const close = wrapper.startsWith('<form') ? '</form>' : wrapper.startsWith('<footer') ? '</footer>' : '</div>';
      const t = html(`${wrapper}<p>${prose}</p>${close}`);
      expect(lines(t)).toEqual([prose]);
    }
  });

  it('sets apart link lists and hidden elements but keeps a sentence with a link', () => {
    const t = html(
      '<div><a>卫生健康</a> | <a>疾病预防</a> | <a>医疗服务</a></div><div style="display:none">隐藏文字</div>' +
        '<p>按照<a>《健康中国行动》</a>要求，推进落实。</p>',
    );
    expect(lines(t)).toEqual(['按照《健康中国行动》要求，推进落实。']);
    expect(t.setApart).toEqual({ chrome: 1, hidden: 1 });
  });

  it('does not take a plan sentence starting with a furniture word for furniture', () => {
    const t = html('<p>首页显示的内容，由各部门按职责更新。</p><p>来源于基层的数据，应当核实。</p>');
    expect(lines(t)).toHaveLength(2);
  });
});

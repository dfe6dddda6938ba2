import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { loadRules } from '../../../src/lib/extract/rules/load-rules.ts';
import { findGrids } from '../../../src/lib/extract/tables/grid/find.ts';
import { cutView, identityView } from '../../../src/lib/extract/view/text-view.ts';
import type { Grid } from '../../../src/lib/read/types.ts';
import { extract, tableRows } from './helpers.ts';

const rules = loadRules();
const tree: Root = { type: 'root', children: [] };
const grids = (text: string, own: Grid[] = [], view = identityView(text)) =>
  findGrids({ tree, view, source: { text, format: 'txt', grids: own }, limit: view.text.length, rules }, () => false);

describe('grids of a plan', () => {
  it('keeps grids that are not indicator tables (a task-assignment table), cells with offsets', () => {
    const text =
      '重点任务分工表\n序号\t任务\t牵头单位\t配合单位\n1\t建设医院\t市卫生健康委\t市财政局\n2\t培养人才\t市人社局\t\n';
    const [g] = grids(text);
    expect(g!.origin).toBe('tab');
    expect(g!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位', '配合单位'],
      ['1', '建设医院', '市卫生健康委', '市财政局'],
      ['2', '培养人才', '市人社局', ''],
    ]);
    for (const c of g!.rows.flat()) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('moves grids to view offsets when the view cuts text before them', () => {
    const text = '— 1 —\n指标\t2025年\n床位数\t7\n';
    const view = cutView(text, [{ start: 0, end: 6 }]);
    const [g] = grids(text, [], view);
    expect(view.text.slice(g!.rows[1]![0]!.start, g!.rows[1]![0]!.end)).toBe('床位数');
  });

  it("lets the file's own grid win over the TAB layout of its derived text", () => {
    const text = '指标\t2025年\n床位数\t7\n';
    const cell = (s: number, e: number) => ({ text: text.slice(s, e), start: s, end: e });
    const own: Grid = {
      start: 0,
      end: text.length - 1,
      origin: 'html',
      rows: [
        [cell(0, 2), cell(3, 8)],
        [cell(9, 12), cell(13, 14)],
      ],
    };
    expect(grids(text, [own]).map((g) => g.origin)).toEqual(['html']);
  });

  it('reads an indicator table from a grid the file provides, merged cells carrying the category', () => {
    const body = '类别\t指标\t2025年\n健康水平\t人均预期寿命（岁）\t80\n\t婴儿死亡率（‰）\t≤5';
    const at = (s: string, from = 0) => {
      const i = `一、发展目标\n${body}`.indexOf(s, from);
      return { text: s, start: i, end: i + s.length };
    };
    const first = at('健康水平');
    const own: Grid = {
      start: at('类别').start,
      end: at('≤5').end,
      origin: 'docx',
      rows: [
        [at('类别'), at('指标'), at('2025年')],
        [first, at('人均预期寿命（岁）'), at('80')],
        [{ ...first, merged: 'row' }, at('婴儿死亡率（‰）'), at('≤5')],
      ],
    };
    expect(tableRows(body, { grids: [own], format: 'docx' })).toEqual([
      '人均预期寿命|岁|2025|=|80|80||健康水平||',
      '婴儿死亡率|‰|2025|<=|5|≤5||健康水平||',
    ]);
    expect(extract(body, { grids: [own], format: 'docx' }).result.issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(/^docx grid of 3 rows/u),
    );
  });
});

describe('space-aligned grids', () => {
  it('continues two wrapped columns of a task table, and leaves a centred running header alone', () => {
    const text = [
      '序号  任务                    牵头单位        配合单位',
      '1     建设县域医疗次中心，    县卫生健康局    县财政局、县发展',
      '      完善服务功能                            改革局',
      '                  测试县人民政府办公室文件',
      '2     培养基层人才            县人社局        县卫生健康局',
    ].join('\n');
    const [g] = grids(text);
    expect(g!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位', '配合单位'],
      ['1', '建设县域医疗次中心，完善服务功能', '县卫生健康局', '县财政局、县发展改革局'],
      ['2', '培养基层人才', '县人社局', '县卫生健康局'],
    ]);
    // a wrapped cell spans from its first line's part to its last line's part
    expect(text.slice(g!.rows[1]![1]!.start, g!.rows[1]![1]!.end)).toMatch(
      /^建设县域医疗次中心，[\s\S]+完善服务功能$/u,
    );
  });
});

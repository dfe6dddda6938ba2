import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../src/lib/extract/index.ts';
import type { GridEntry } from '../../../src/lib/types.ts';
import { sourceDoc } from '../../helpers/source-doc.ts';
import { nullLexicon } from '../null-lexicon.ts';

const HEAD = '一、主要指标\n\n表1 主要指标\n';
const cellTexts = (text: string, grid: GridEntry) => grid.rows.map((row) => row.map((c) => text.slice(c.start, c.end)));

describe('exported grids', () => {
  it('a TAB table: cells in source offsets, a blank category cell empty at its own place', () => {
    const text = `${HEAD}序号\t领域\t指标名称\t单位\t2020年\t2025年\n1\t健康水平\t人均预期寿命\t岁\t78.6\t79.5\n2\t\t婴儿死亡率\t‰\t3.1\t≤4.5\n\n其他内容。\n`;
    const { grids } = extractPlan(sourceDoc(text), nullLexicon);
    expect(grids).toHaveLength(1);
    const cells = cellTexts(text, grids[0]!);
    expect(cells[1]).toEqual(['1', '健康水平', '人均预期寿命', '岁', '78.6', '79.5']);
    expect(cells[2]![2]).toBe('婴儿死亡率');
    const blank = grids[0]!.rows[2]![1]!;
    expect(blank.start).toBe(blank.end);
    expect(text.slice(blank.start - 2, blank.start + 1)).toBe('2\t\t');
    expect(text.slice(grids[0]!.start, grids[0]!.end)).toMatch(/^序号[^]*≤4\.5$/u);
  });

  it('a page number cut from the view inside a table: later cells still point at their source text', () => {
    const text = `${HEAD}领域\t指标\t单位\t2025年\n健康水平\t人均预期寿命\t岁\t79.5\n— 4 —\n健康服务\t孕产妇系统管理率\t%\t≥90\n`;
    const { grids } = extractPlan(sourceDoc(text), nullLexicon);
    const cells = cellTexts(text, grids[0]!);
    expect(cells.at(-1)).toEqual(['健康服务', '孕产妇系统管理率', '%', '≥90']);
    expect(cells.flat()).not.toContain('— 4 —');
  });

  it('a pipe table of a derived text (html/docx): the reader’s own grid, offsets unchanged', () => {
    const text = `${HEAD}| 指标 | 2025年 |\n| 床位数 | 7.5 |\n`;
    const at = (s: string) => text.indexOf(s);
    const cell = (s: string) => ({ text: s, start: at(s), end: at(s) + s.length });
    const own = {
      start: at('| 指标'),
      end: text.length - 1,
      origin: 'html' as const,
      rows: [
        [cell('指标'), cell('2025年')],
        [cell('床位数'), cell('7.5')],
      ],
    };
    const { grids } = extractPlan(sourceDoc(text, { format: 'html', grids: [own] }), nullLexicon);
    expect(cellTexts(text, grids[0]!)).toEqual([
      ['指标', '2025年'],
      ['床位数', '7.5'],
    ]);
  });

  it('keeps merged positions of the reader across (colspan)', () => {
    const text = `${HEAD}| 指标 | 目标 |\n| 床位数 | 7.5 |\n`;
    const at = (s: string) => text.indexOf(s);
    const cell = (s: string, merged?: 'col') => ({
      text: s,
      start: at(s),
      end: at(s) + s.length,
      ...(merged && { merged }),
    });
    const own = {
      start: at('| 指标'),
      end: text.length - 1,
      origin: 'docx' as const,
      rows: [
        [cell('指标'), cell('指标', 'col')],
        [cell('床位数'), cell('7.5')],
      ],
    };
    const { grids } = extractPlan(sourceDoc(text, { format: 'docx', grids: [own] }), nullLexicon);
    expect(grids[0]!.rows[0]![1]).toEqual({ start: at('指标'), end: at('指标') + 2, merged: 'col' });
  });
});

import { describe, expect, it } from 'vitest';
import type { MarkSpan } from '../../src/lib/site/marks.ts';
import { textBlocks } from '../../src/lib/site/text/blocks.ts';
import { drawnRows, textBetween } from '../../src/lib/site/text/table-cells.ts';
import { tableView } from '../../src/lib/site/text/table-view.ts';
import type { GridCellSpan, GridEntry, ParagraphEntry } from '../../src/lib/types.ts';

/** A grid over `text` whose cells are found by their words, in order ("=" repeats the cell above, ">" the one left). */
function gridOf(text: string, rows: string[][]): GridEntry {
  let at = 0;
  const out: GridCellSpan[][] = [];
  for (const [r, row] of rows.entries()) {
    const cells: GridCellSpan[] = [];
    for (const [c, w] of row.entries()) {
      if (w === '=') cells.push({ ...out[r - 1]![c]!, merged: 'row' });
      else if (w === '>') cells.push({ ...cells[c - 1]!, merged: 'col' });
      else {
        const start = text.indexOf(w, at);
        at = start + w.length;
        cells.push({ start, end: at });
      }
    }
    out.push(cells);
  }
  const own = out.flat().filter((c) => !c.merged);
  return { start: own[0]!.start, end: Math.max(...own.map((c) => c.end)), rows: out };
}

const TAB =
  '主要指标：\n领域\t指标\t2025年\n健康水平\t人均预期寿命\t79.5\n\t婴儿死亡率\t≤4.5\n— 4 —\n健康服务\t床位数\t7.5\n注：略。';
const tabGrid = () =>
  gridOf(TAB, [
    ['领域', '指标', '2025年'],
    ['健康水平', '人均预期寿命', '79.5'],
    ['=', '婴儿死亡率', '≤4.5'],
    ['健康服务', '床位数', '7.5'],
  ]);
const para = (anchor: string, kind: ParagraphEntry['kind'], from: string, to: string, text = TAB): ParagraphEntry => ({
  anchor,
  kind,
  start: text.indexOf(from),
  end: text.indexOf(to) + to.length,
});
const PARAS = [
  para('p1', 'text', '主要指标', '主要指标：'),
  para('p2', 'table', '领域', '7.5'),
  para('p3', 'text', '注', '略。'),
];

describe('plan text blocks', () => {
  it('draws a grid whose paragraphs it covers whole as a table, the rest as text', () => {
    const blocks = textBlocks(TAB, PARAS, [tabGrid()]);
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'grid', 'text']);
  });

  it('leaves a grid that cuts a paragraph (a table run into a sentence) as text', () => {
    const text = '主要指标如下领域指标2025年健康水平寿命79.5';
    const grid = gridOf(text, [
      ['领域', '指标', '2025年'],
      ['健康水平', '寿命', '79.5'],
    ]);
    const blocks = textBlocks(text, [{ anchor: 'p1', kind: 'text', start: 0, end: text.length }], [grid]);
    expect(blocks.map((b) => b.kind)).toEqual(['text']);
  });

  it('gathers several paragraphs of one grid (a table of one cell per line) into one table', () => {
    const text = '类别\n\n指标\n\n健康\n\n寿命';
    const grid = gridOf(text, [
      ['类别', '指标'],
      ['健康', '寿命'],
    ]);
    const paras = ['类别', '指标', '健康', '寿命'].map((w, i) => para(`p${i + 1}`, 'text', w, w, text));
    const blocks = textBlocks(text, paras, [grid]);
    expect(blocks).toHaveLength(1);
    const block = blocks[0]!;
    expect(block.kind === 'grid' && block.paragraphs.map((p) => p.anchor)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });
});

describe('drawn cells', () => {
  it('spans merged positions down (rowspan) and across (colspan), and leaves them out', () => {
    const text = '类别 指标 目标 健康 寿命 79.5 床位 7.5';
    const rows = drawnRows(
      gridOf(text, [
        ['类别', '指标', '>'],
        ['健康', '寿命', '79.5'],
        ['=', '床位', '7.5'],
      ]),
    );
    expect(rows.map((r) => r.map((c) => [text.slice(c.start, c.end), c.rowspan, c.colspan]))).toEqual([
      [
        ['类别', 1, 1],
        ['指标', 1, 2],
      ],
      [
        ['健康', 2, 1],
        ['寿命', 1, 1],
        ['79.5', 1, 1],
      ],
      [
        ['床位', 1, 1],
        ['7.5', 1, 1],
      ],
    ]);
  });

  it('finds text between cells that is more than separators, not a pipe table’s rule line', () => {
    const text = '| 指标 | 目标 |\n| --- | :-: |\n| 寿命 | 79.5 |\n— 4 —\n| 床位 | 7.5 |';
    const grid = gridOf(text, [
      ['指标', '目标'],
      ['寿命', '79.5'],
      ['床位', '7.5'],
    ]);
    const rest = textBetween(text, drawnRows(grid).flat(), { start: 0, end: text.length });
    expect(rest.map((s) => text.slice(s.start, s.end).trim())).toEqual(['|\n— 4 —\n|']);
  });
});

describe('table view', () => {
  const marks: MarkSpan[] = [
    { id: 'i1', kind: 'target', start: TAB.indexOf('婴儿'), end: TAB.indexOf('≤4.5') + 4 },
    { id: 'i2', kind: 'target', start: TAB.indexOf('\t7.5'), end: TAB.indexOf('\t7.5') + 4 },
  ];
  const view = tableView(TAB, tabGrid(), [PARAS[1]!], marks, PARAS[0]!.end);

  it('keeps every line anchor of the text version, each on the row that holds it', () => {
    expect(view.anchor).toBe('p2');
    // lines: header, 3 rows, the page number (which goes with the row after it)
    expect(view.rows.map((r) => r.anchors)).toEqual([['p2-r1'], ['p2-r2'], ['p2-r3'], ['p2-r4', 'p2-r5']]);
  });

  it('shows a page number inside the table as a row of its own, after the row before it', () => {
    expect(view.rows[2]!.rest.map((s) => TAB.slice(s.start, s.end).trim())).toEqual(['— 4 —']);
  });

  it('lands a record starting in a separator on the next cell, so no permalink is lost', () => {
    expect(view.orphans).toEqual([]);
    const cell = view.rows[3]!.cells.find((c) => TAB.slice(c.start, c.end) === '7.5')!;
    expect(cell.gapStart).toBeLessThanOrEqual(marks[1]!.start);
  });

  it('anchors before the table a record that begins in text no cell or row holds', () => {
    const odd: MarkSpan = { id: 'x', kind: 'task', start: TAB.indexOf('79.5') + 4, end: TAB.indexOf('79.5') + 5 };
    const grid = gridOf(TAB, [
      ['领域', '指标', '2025年'],
      ['健康水平', '人均预期寿命', '79.5'],
    ]);
    const v = tableView(TAB, grid, [para('p2', 'table', '领域', '79.5\n')], [odd], 0);
    expect(v.orphans).toEqual(['x']);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/lib/read/docx/index.ts';
import type { ReadResult } from '../../../src/lib/read/readers.ts';
import { READERS } from '../../../src/lib/read/readers.ts';
import { inputFailure } from '../../helpers/input-failure.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/read/docx');
const bytes = (name: string): Uint8Array => readFileSync(join(FIXTURES, name));
const lines = (r: ReadResult): string[] => r.text.split('\n').filter((l) => l !== '');

const failure = inputFailure;

describe('readDocx on a document saved by a word processor', () => {
  const r = readDocx(bytes('numbered.docx'), 'numbered.docx');

  it('prints the automatic numbering at every level, restarting below each higher level and in a new list', () => {
    expect(lines(r).slice(0, 11)).toEqual([
      '测试县卫生健康事业发展三年行动方案',
      '一、总体要求',
      '（一）指导思想',
      '（二）主要目标',
      '二、重点任务',
      '（一）强化基层服务',
      '1.建设卫生院。到2026年，完成提质改造不少于12个。',
      '2.培养人才。每年培养全科医生不少于10名。',
      '（二）提升服务能力',
      '1.推进签约服务。签约覆盖率达到45%以上。',
      '一、附则（重新编号的列表）',
    ]);
  });

  it('marks heading-styled paragraphs as headings with their level', () => {
    const headings = r.blocks?.filter((b) => b.kind === 'heading').map((b) => [b.level, r.text.slice(b.start, b.end)]);
    expect(headings).toEqual([
      [1, '一、总体要求'],
      [1, '二、重点任务'],
    ]);
  });

  it('reads a text box after the paragraph that anchors it, and a one-cell box table as text', () => {
    const all = lines(r);
    expect(all.indexOf('专栏1　基层能力提升工程')).toBe(all.indexOf('表1　主要指标') + 1);
    expect(all).toContain('建设县域医疗卫生次中心3个。');
    expect(all).toContain('专栏2　人才培养工程');
    expect(r.grids).toHaveLength(1);
  });

  it('reads merged cells both ways into the grid and as empty positions in the TAB rows', () => {
    const grid = r.grids?.[0];
    expect(grid?.origin).toBe('docx');
    expect(r.text.slice(grid?.start, grid?.end).split('\n')).toEqual([
      '| 类别 | 指标 | 目标值 |  |',
      '|  |  | 2025年 | 2026年 |',
      '| 健康水平 | 婴儿死亡率（‰） | ≤4 | ≤3.5 |',
      '|  | 孕产妇死亡率（/10万） | ≤12 | ≤10 |',
    ]);
    const rows = grid?.rows ?? [];
    expect(rows[0]?.[3]).toEqual({ ...rows[0]?.[2], merged: 'col' });
    expect(rows[3]?.[0]).toEqual({ ...rows[2]?.[0], merged: 'row' });
    for (const cell of rows.flat()) expect(r.text.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('sets the header and footer apart and counts them', () => {
    expect(r.text).not.toContain('页眉');
    expect(r.text).not.toMatch(/— \d+ —/);
    expect(r.setApart).toEqual({ header: 1, footer: 1 });
  });
});

describe('readDocx on files it cannot read', () => {
  it('names a truncated .docx and says what to do', () => {
    const error = failure(() => readDocx(bytes('truncated.docx'), 'truncated.docx'));
    expect(error.code).toBe('damaged');
    expect(error.file).toBe('truncated.docx');
    expect(error.message).toMatch(/^truncated\.docx: .*damaged or incomplete.*download it again/);
  });

  it('names a file that is not a zip package at all', () => {
    const error = failure(() => readDocx(Buffer.from('just some text'), 'plan.docx'));
    expect(error.code).toBe('damaged');
    expect(error.message).toContain('save it as .docx');
  });

  it('tells an old binary .doc, also one renamed to .docx, to be saved as .docx', () => {
    for (const [name, read] of [
      ['legacy.doc', READERS.get('.doc')],
      ['legacy.docx', READERS.get('.docx')],
    ] as const) {
      const error = failure(() => read?.(bytes('legacy.doc'), name));
      expect(error.code).toBe('legacy-format');
      expect(error.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: .*save it as \\.docx`));
    }
  });

  it('gives a .wps file the same advice', () => {
    const error = failure(() => READERS.get('.wps')?.(bytes('legacy.doc'), 'plan.wps'));
    expect(error.code).toBe('legacy-format');
    expect(error.message).toContain('plan.wps');
  });
});

describe('readDocx on a web page saved as .docx', () => {
  const r = readDocx(bytes('from-html.docx'), 'from-html.docx');

  it('keeps heading styles, and the data table with its merged cells, inside a one-column layout table', () => {
    const headings = r.blocks?.filter((b) => b.kind === 'heading').map((b) => [b.level, r.text.slice(b.start, b.end)]);
    expect(headings).toEqual([
      [2, '一、发展目标'],
      [2, '二、重点任务'],
    ]);
    const grid = r.grids?.find((g) => g.rows[0]?.[0]?.text === '领域');
    expect(r.text.slice(grid?.start, grid?.end).split('\n')).toEqual([
      '| 领域 | 指标 | 目标值 |  | 属性 |',
      '|  |  | 2025年 | 2030年 |  |',
      '| 健康水平 | 人均预期寿命（岁） | 79 | 80 | 预期性 |',
      '|  | 婴儿死亡率（‰） | ≤5 | ≤4.5 | 约束性 |',
      '| 服务体系 | 每千人口床位数（张） | 7.5 |  | 预期性 |',
    ]);
    expect(grid?.rows[1]?.map((c) => c.merged ?? null)).toEqual(['row', 'row', null, null, 'row']);
    expect(grid?.rows[4]?.[3]).toEqual({ ...grid?.rows[4]?.[2], merged: 'col' });
  });
});

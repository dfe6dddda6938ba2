import { describe, expect, it } from 'vitest';
import { plainQuote } from '../../src/lib/site/citation/verbatim.ts';
import type { CompareData } from '../../src/lib/site/compare-data.ts';
import { selectionTables } from '../../src/lib/site/compare-selection.ts';
import type { RowContext } from '../../src/lib/site/tables/context.ts';
import { withoutRepeatedColumns } from '../../src/lib/site/tables/table.ts';
import { TARGET_HEADERS, targetRow } from '../../src/lib/site/tables/target-rows.ts';
import { TASK_HEADERS, taskRow } from '../../src/lib/site/tables/task-rows.ts';
import type { IndicatorRecord, PlanRecord, TaskRecord } from '../../src/lib/types.ts';

const plan = (over: Partial<PlanRecord>): PlanRecord => ({
  id: 'xiangtan-healthy-city-2017-2030',
  file: 'x.txt',
  region: '湘潭市',
  province: '湖南省',
  level: 'city',
  title: null,
  period: [2017, 2030],
  issuer: null,
  date: null,
  docNumber: null,
  kind: '实施意见',
  url: null,
  sha256: '0',
  encoding: 'utf-8',
  format: 'txt',
  length: 1,
  ...over,
});

const target = (over: Partial<IndicatorRecord>): IndicatorRecord =>
  ({
    id: 'w-i1',
    plan: 'w',
    name: '人均预期寿命',
    indicator: null,
    unit: '岁',
    year: 2025,
    op: '=',
    value: 83.14,
    valueText: '83.14',
    baselineYear: 2020,
    baselineValue: 83.11,
    parentValue: '82.4',
    attribute: '预期性',
    category: null,
    source: 'table',
    task: null,
    repairs: [],
    yearly: false,
    conflict: [],
    uncertain: [],
    page: null,
    quote: '人均预期寿命(岁)\n\n\u00a0 \u00a0\n\n83.11\n\n\u00a0 \u00a0\n\n83.14\n\n\u00a0 \u00a0\n\n82.4',
    start: 0,
    end: 10,
    ...over,
  }) as IndicatorRecord;

const plans = [
  plan({}),
  plan({ id: 'w', region: '武汉经开区', level: 'district', title: '武汉经开区卫生健康事业发展“十四五”规划' }),
];
const report = {
  details: [
    {
      plan: 'w',
      tables: [{ position: '1:1', columns: 'grid: columns 指标(name)|2025年武汉市目标值(parent 2025)' }],
    },
  ],
};
const ctx = {
  data: { plans, lexicon: { indicators: [], departments: [], topics: [] }, units: [], indicators: [], report },
  accessed: '2026-12-01',
} as unknown as RowContext;
const col = (headers: readonly string[], row: readonly unknown[], name: string) => row[headers.indexOf(name)];

describe('target and task rows of the downloads', () => {
  it('names the plan by its title, or in words when it has none, never by its id', () => {
    expect(col(TARGET_HEADERS, targetRow(ctx, target({})), '规划')).toBe('武汉经开区卫生健康事业发展“十四五”规划');
    const row = targetRow(ctx, target({ plan: 'xiangtan-healthy-city-2017-2030' }));
    expect(col(TARGET_HEADERS, row, '规划')).toBe('湘潭市实施意见（原文未载标题）');
    const task = { id: 't', plan: 'xiangtan-healthy-city-2017-2030', title: 'T', path: [], lead: [], partners: [] };
    const taskCells = taskRow(ctx, {
      ...task,
      indicators: [],
      topics: [],
      quote: 'q',
      text: 'q',
    } as unknown as TaskRecord);
    expect(col(TASK_HEADERS, taskCells, '规划')).toBe('湘潭市实施意见（原文未载标题）');
    expect(taskCells.join('|')).not.toContain('xiangtan-healthy-city-2017-2030|');
  });

  it('writes the 原文 of a table row as clean text: no line breaks, no NBSP', () => {
    const quote = col(TARGET_HEADERS, targetRow(ctx, target({})), '原文');
    expect(quote).toBe('人均预期寿命(岁)\u300083.11\u300083.14\u300082.4');
    expect(String(quote)).not.toMatch(/[\n\u00a0]/u);
  });

  it('writes 比较 in words and 上级目标 with its level and unit', () => {
    const row = targetRow(ctx, target({}));
    expect(col(TARGET_HEADERS, row, '比较')).toBe('达到');
    expect(col(TARGET_HEADERS, row, '上级目标')).toBe('武汉市目标 82.4岁');
  });
});

describe('plainQuote', () => {
  it('closes up the line breaks of running text and reads NBSP as a space', () => {
    expect(plainQuote('加强基层\n医疗卫生服务。\r\n', false)).toBe('加强基层医疗卫生服务。');
    expect(plainQuote('每千人口\u00a0\u00a0床位数', false)).toBe('每千人口 床位数');
  });

  it('sets the cells of a row apart however they were separated', () => {
    expect(plainQuote('| 孕产妇死亡率 | 1/10万 | ≤10 |', true)).toBe('孕产妇死亡率\u30001/10万\u3000≤10');
    expect(plainQuote('孕产妇死亡率\t1/10万\t≤10', true)).toBe('孕产妇死亡率\u30001/10万\u3000≤10');
    expect(plainQuote('孕产妇死亡率   ≤10', true)).toBe('孕产妇死亡率\u3000≤10');
    expect(plainQuote('孕产妇死亡率\r\n\u00a0\r\n≤10', true)).toBe('孕产妇死亡率\u3000≤10');
  });
});

describe('the comparison’s targets download', () => {
  it('names every column once', () => {
    const data: CompareData = {
      plans: [{ id: 'a', region: '甲市' }],
      targetHeaders: TARGET_HEADERS,
      taskHeaders: ['任务'],
      targets: [
        {
          plan: 'a',
          record: 'a-1',
          others: 0,
          indicator: 'mmr',
          name: '孕产妇死亡率',
          unit: '/10万',
          better: 'lower',
          shown: '≤10/10万',
          rank: { year: 2025, value: 10, op: '<=' },
          reason: null,
          cells: TARGET_HEADERS.map((h) => (h === '标准指标' ? '孕产妇死亡率' : h)),
        },
      ],
      tasks: [],
      notes: [],
    };
    const { targets } = selectionTables(data, ['a']);
    expect(targets.headers.filter((h) => h === '标准指标')).toHaveLength(1);
    expect(new Set(targets.headers).size).toBe(targets.headers.length);
    expect(targets.rows[0]).toHaveLength(targets.headers.length);
    expect(targets.rows[0]![targets.headers.indexOf('地区')]).toBe('地区');
  });

  it('drops the later of two columns with one heading, cells with it', () => {
    expect(withoutRepeatedColumns(['a', 'b', 'a', 'c', 'b'], [[1, 2, 3, 4, 5]])).toEqual({
      headers: ['a', 'b', 'c'],
      rows: [[1, 2, 4]],
    });
    expect(withoutRepeatedColumns(['a'], [])).toEqual({ headers: ['a'], rows: [] });
  });
});

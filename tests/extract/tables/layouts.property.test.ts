import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableRows } from './helpers.ts';

/**
 * One indicator table written in every layout, columns in any order, with or without 序号 and a
 * unit column: every layout must give the same records.
 */
const NAMES = [
  '人均预期寿命',
  '婴儿死亡率',
  '注册护士数',
  '签约服务覆盖率',
  '床位数',
  '吸烟率',
  '健康素养水平',
  '托位数',
];
const CATEGORIES = ['健康水平', '健康服务', '资源配置'];
const UNITS = ['岁', '‰', '人', '%', '张', '个'];
const TARGETS = ['≥90', '≤5', '＞50', '<20', '7.5', '80—85', '持续改善', '—'];

interface Row {
  category: string;
  name: string;
  unit: string;
  base: string;
  target: string;
  attribute: string;
}

const rowArb = (name: string) =>
  fc.record({
    category: fc.constantFrom(...CATEGORIES),
    name: fc.constant(name),
    unit: fc.constantFrom(...UNITS),
    base: fc.constantFrom('3.1', '86.3', '—'),
    target: fc.constantFrom(...TARGETS),
    attribute: fc.constantFrom('预期性', '约束性'),
  });

const tableArb = fc
  .shuffledSubarray(NAMES, { minLength: 2, maxLength: 5 })
  .chain((names) => fc.tuple(...names.map(rowArb)))
  .chain((rows) =>
    fc.record({
      rows: fc.constant(rows.sort((a, b) => a.category.localeCompare(b.category))),
      order: fc.shuffledSubarray(['category', 'name', 'unit', 'base', 'target', 'attribute'], {
        minLength: 6,
        maxLength: 6,
      }),
      serial: fc.boolean(),
      unitColumn: fc.boolean(),
    }),
  );

const HEADER: Record<string, string> = {
  category: '领域',
  name: '指标名称',
  unit: '单位',
  base: '2020年',
  target: '2025年',
  attribute: '属性',
};

/** The table as rows of cell texts: a category only on the first row of its group. */
function cells(t: { rows: Row[]; order: string[]; serial: boolean; unitColumn: boolean }): string[][] {
  const order = t.order.filter((k) => t.unitColumn || k !== 'unit');
  const head = [...(t.serial ? ['序号'] : []), ...order.map((k) => HEADER[k]!)];
  const body = t.rows.map((r, i) => {
    const first = i === 0 || t.rows[i - 1]!.category !== r.category;
    const value = (k: string): string =>
      k === 'category'
        ? first
          ? r.category
          : ''
        : k === 'name' && !t.unitColumn
          ? `${r.name}（${r.unit}）`
          : (r as never)[k];
    return [...(t.serial ? [String(i + 1)] : []), ...order.map(value)];
  });
  return [head, ...body];
}

const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffdc]/u.test(ch) ? 2 : 1), 0);

const LAYOUTS: Record<string, (g: string[][]) => { body: string; format?: 'md' }> = {
  tab: (g) => ({ body: g.map((r) => r.join('\t')).join('\n') }),
  pipe: (g) => ({ body: g.map((r) => `| ${r.join(' | ')} |`).join('\n') }),
  markdown: (g) => ({
    body: [g[0]!, g[0]!.map(() => '---'), ...g.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n'),
    format: 'md',
  }),
  fields: (g) => ({
    body: g
      .slice(1)
      .map((r) => r.map((c, k) => `${g[0]![k]}：${c}`).join('｜'))
      .join('\n'),
  }),
  spaces: (g) => {
    const widths = g[0]!.map((_, k) => Math.max(...g.map((r) => width(r[k]!))) + 3);
    return {
      body: g
        .map((r) =>
          r
            .map((c, k) => c + ' '.repeat(widths[k]! - width(c)))
            .join('')
            .trimEnd(),
        )
        .join('\n'),
    };
  },
};

function expected(rows: Row[]): string[] {
  const noValue = (v: string) => v === '—';
  return rows
    .filter((r) => !noValue(r.target))
    .map(
      (r) => `${r.name}|${r.unit}|${r.category}|${r.attribute}|${r.target}|${noValue(r.base) ? '' : Number(r.base)}`,
    );
}

describe('one table in every layout', () => {
  it('gives the same records from TAB, pipe text, Markdown, labelled-field and space-aligned layouts', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const grid = cells(t);
        for (const [layout, render] of Object.entries(LAYOUTS)) {
          const { body, format } = render(grid);
          const got = tableRows(body, format ? { format } : {}).map((s) => {
            const [name, unit, , , , valueText, base, category, attribute] = s.split('|');
            return `${name}|${unit}|${category}|${attribute}|${valueText}|${base}`;
          });
          expect([layout, got]).toEqual([layout, expected(t.rows)]);
        }
      }),
      { numRuns: 40, seed: 20261201 },
    );
  });
});

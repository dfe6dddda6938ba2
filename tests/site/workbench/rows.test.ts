import { describe, expect, it } from 'vitest';
import type { PlanShard, ShardHigher, ShardTarget } from '../../../src/lib/site/shards/types.ts';
import { assess, parseProposal } from '../../../src/lib/site/workbench/assess.ts';
import { draftTable } from '../../../src/lib/site/workbench/export-table.ts';
import { draftRows, type DraftInput } from '../../../src/lib/site/workbench/rows.ts';
import type { Level } from '../../../src/lib/types.ts';

const HEADERS = ['记录编号', '引用表述', '参考文献'];
const indicators = [
  { id: 'mmr', name: '孕产妇死亡率', unit: '/10万', better: 'lower' as const },
  { id: 'beds', name: '每千人口医疗卫生机构床位数', unit: '张', better: 'higher' as const },
  { id: 'life', name: '人均预期寿命', unit: '岁', better: 'higher' as const },
];
// the file keeps only a row's own cells: 记录编号, 参考文献 and the sentence's 《标题》 come from the record and its plan
const target = (plan: string, indicator: string, value: number, over: Partial<ShardTarget> = {}): ShardTarget => ({
  record: `${plan}-${indicator}`,
  others: 0,
  indicator,
  name: indicator,
  unit: indicators.find((i) => i.id === indicator)!.unit,
  better: indicators.find((i) => i.id === indicator)!.better,
  shown: String(value),
  rank: { year: 2025, value, op: '=' },
  reason: null,
  cells: [`提出${value}。`],
  year: 2025,
  conflict: null,
  attribute: '预期性',
  baseline: null,
  ...over,
});
const shard = (
  id: string,
  level: Level,
  targets: ShardTarget[],
  period: [number, number] = [2021, 2025],
): PlanShard => ({
  plan: {
    id,
    region: `${id}地`,
    province: '某省',
    level,
    title: `${id}规划`,
    period,
    kind: null,
    href: `/plans/${id}/`,
    tasks: `/plans/${id}/tasks/`,
    docNumber: null,
    reference: `${id}. 规划[EB/OL].`,
    site: null,
  },
  targets,
  tasks: [],
});
const provinceHigher: ShardHigher = {
  level: 'province',
  plan: 'sheng',
  region: '某省',
  title: '某省规划',
  shown: '≤12/10万',
  year: 2025,
  href: '/plans/sheng/#sheng-1',
  rank: { year: 2025, value: 12, op: '<=' },
  reason: null,
  citation: '某省规划提出孕产妇死亡率控制在12/10万以下。',
  reference: '某省人民政府. 某省规划[EB/OL].',
};

const input: DraftInput = {
  indicators,
  headers: HEADERS,
  year: 2025,
  own: shard('own', 'city', [target('own', 'mmr', 11, { higher: provinceHigher })]),
  previous: shard(
    'old',
    'city',
    [target('old', 'mmr', 14, { year: 2020, rank: { year: 2020, value: 14, op: '<=' } })],
    [2016, 2020],
  ),
  highers: [shard('nation', 'national', [target('nation', 'beds', 7.4), target('nation', 'mmr', 12.5)])],
  peers: [
    shard('a', 'city', [target('a', 'mmr', 10), target('a', 'beds', 6.5)]),
    shard('b', 'city', [
      target('b', 'mmr', 12),
      target('b', 'beds', 6, { rank: null, reason: '按每户计（基数不同）' }),
    ]),
    shard('c', 'city', [target('c', 'mmr', 9, { year: 2030, rank: { year: 2030, value: 9, op: '=' } })]),
  ],
};

describe('draftRows', () => {
  const rows = draftRows(input);

  it('has a row for each indicator a peer sets, in catalogue order, none for the others', () => {
    expect(rows.map((r) => r.indicator.id)).toEqual(['mmr', 'beds']);
  });

  it('takes the own target’s 上级目标, else a higher plan’s target of the year', () => {
    expect(rows[0]!.higher).toMatchObject({ level: 'province', region: '某省', shown: '≤12/10万' });
    expect(rows[1]!.higher).toMatchObject({ level: 'national', region: 'nation地', shown: '7.4' });
  });

  it('keeps the last plan’s target and each peer’s, with citations from the export row', () => {
    expect(rows[0]!.previous).toMatchObject({
      plan: 'old',
      region: 'old地',
      year: 2020,
      href: '/plans/old/#old-mmr',
      citation: '《old规划》提出14。',
      reference: 'old. 规划[EB/OL].',
    });
    expect(rows[0]!.peers.map((p) => p?.region)).toEqual(['a地', 'b地', 'c地']);
    expect(rows[1]!.peers[2]).toBeNull();
  });

  it('summarises only comparable peers of the year', () => {
    expect(rows[0]!.summary).toMatchObject({ set: 3, min: 10, max: 12, median: 11 });
    expect(rows[1]!.summary).toMatchObject({ set: 2, min: 6.5, max: 6.5, median: 6.5 });
    expect(rows[1]!.summary.excluded).toEqual([{ plan: 'b', reason: '按每户计（基数不同）' }]);
  });

  it('assesses a proposal against the comparable peers, the level above and the last plan', () => {
    expect(assess(rows[0]!, 11)).toEqual({
      rank: '在 3 个目标中居第 2 位（1 为最积极）',
      higher: '低于上级目标，比上级更积极',
      previous: '比上期目标更积极',
    });
    // the 2030 peer (9) would have been more ambitious: it is left out
    expect(assess(rows[0]!, 10).rank).toBe('在 3 个目标中居第 1 位（1 为最积极，与 1 地并列）');
    expect(assess(rows[1]!, 6)).toEqual({
      rank: '在 2 个目标中居第 2 位（1 为最积极）',
      higher: '低于上级目标，未达上级要求',
      previous: null,
    });
  });

  it('exports every figure with a numbered source', () => {
    const table = draftTable(rows, new Map([['mmr', 11]]), (h) => `https://example.org${h}`);
    const mmr = table.rows[0]!;
    expect(mmr.slice(0, 5)).toEqual([
      '孕产妇死亡率',
      '/10万',
      '越低越积极',
      '11',
      '在 3 个目标中居第 2 位（1 为最积极）\n低于上级目标，比上级更积极\n比上期目标更积极',
    ]);
    expect(mmr[5]).toBe('old地：14（2020年，预期性）[1]');
    expect(mmr[6]).toBe('省级 某省：≤12/10万（2025年）[2]');
    expect(mmr[7]!.split('\n')).toEqual([
      'a地：10（2025年，预期性）[3]',
      'b地：12（2025年，预期性）[4]',
      'c地：9（2030年，预期性）[5]（不可比：目标年为2030年，起草的是2025年）',
    ]);
    expect(mmr.slice(8, 11)).toEqual(['10—12', '11', '3（可比 2）']);
    expect(mmr[11]!.split('\n')[1]).toBe(
      '[2] 某省规划提出孕产妇死亡率控制在12/10万以下。 某省人民政府. 某省规划[EB/OL]. https://example.org/plans/sheng/#sheng-1',
    );
    expect(table.rows[1]![3]).toBe('');
  });
});

describe('parseProposal', () => {
  it('reads half- and full-width numbers and refuses words', () => {
    expect(parseProposal(' 6.8 ')).toBe(6.8);
    expect(parseProposal('１２．５')).toBe(12.5);
    expect(parseProposal('7,5')).toBe(7.5);
    expect(parseProposal('约7')).toBeNull();
    expect(parseProposal('')).toBeNull();
  });
});

// The plan files carry each target's 上级目标: a province plan and two of its cities, plus a city
// of another province, built on the site fixture's export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/lib/site/data/site-data.ts';
import { planShard } from '../../src/lib/site/shards/plan-shards.ts';
import type { IndicatorRecord, PlanRecord } from '../../src/lib/types.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'site', 'export');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

function library(): SiteData {
  const plans = read<PlanRecord[]>('plans.json');
  const indicators = read<IndicatorRecord[]>('indicators.json');
  const jia = plans.find((p) => p.id === 'fixture-jia-2021-2025')!;
  const target = (plan: string, i: number, over: Partial<IndicatorRecord>) => ({
    ...indicators.find((r) => r.id === 'fixture-jia-2021-2025-i2')!,
    id: `${plan}-i${i}`,
    plan,
    conflict: [],
    ...over,
  });
  const province: PlanRecord = {
    ...jia,
    id: 'sheng-2021-2025',
    region: '测试省',
    level: 'province',
    title: '测试省卫生健康规划',
  };
  const other: PlanRecord = { ...jia, id: 'other-2021-2025', region: '外市', province: '外省' };
  return {
    plans: [...plans, province, other],
    indicators: [
      ...indicators,
      target('sheng-2021-2025', 1, { value: 12, valueText: '12/10万以下', quote: '孕产妇死亡率控制在12/10万以下' }),
      target('sheng-2021-2025', 2, {
        indicator: 'beds-per-1000',
        name: '每千人口医疗卫生机构床位数',
        unit: '张',
        op: '=',
        value: 7,
        valueText: '7张',
        year: 2030,
      }),
      target('other-2021-2025', 1, { value: 9, valueText: '9/10万以下' }),
    ],
    tasks: read('tasks.json'),
    units: read('units.json'),
    issues: [],
    report: null,
    lexicon: read('lexicon.json'),
    outline: read('outline.json'),
    paragraphs: read('paragraphs.json'),
    grids: [],
    dirs: { data: dir, content: dir, lexicon: dir },
  };
}

describe('上级目标 in the plan files', () => {
  const data = library();
  const of = (plan: string, indicator: string) =>
    planShard(data, plan, '2026-01-15')!.targets.find((t) => t.indicator === indicator);

  it('gives the cities of the province its target for the same indicator and year, ranked and cited', () => {
    for (const city of ['fixture-jia-2021-2025', 'fixture-yi-2023-2025']) {
      const higher = of(city, 'maternal-mortality')!.higher!;
      expect(higher).toMatchObject({ level: 'province', plan: 'sheng-2021-2025', region: '测试省', year: 2025 });
      expect(higher.shown).toBe('≤12/10万');
      expect(higher.rank).toEqual({ year: 2025, value: 12, op: '<=' });
      expect(higher.href).toBe('/plans/sheng-2021-2025/#sheng-2021-2025-i1');
      expect(higher.citation).toContain('测试省卫生健康规划');
      expect(higher.reference).toContain('测试省卫生健康规划');
    }
  });

  it('gives nothing for another year, another province, or the province itself', () => {
    expect(of('fixture-jia-2021-2025', 'beds-per-1000')!.higher).toBeNull();
    expect(of('other-2021-2025', 'maternal-mortality')!.higher).toBeNull();
    expect(of('sheng-2021-2025', 'maternal-mortality')!.higher).toBeNull();
  });
});

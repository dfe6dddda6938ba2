import { describe, expect, it } from 'vitest';
import { higherReferences } from '../../src/lib/site/higher-level.ts';
import type { IndicatorRecord, Level, PlanRecord } from '../../src/lib/types.ts';

const plan = (id: string, region: string, level: Level, province: string | null): PlanRecord =>
  ({ id, region, level, province, period: [2021, 2025] }) as PlanRecord;
let n = 0;
const rec = (
  p: string,
  indicator: string | null,
  value: number,
  over: Partial<IndicatorRecord> = {},
): IndicatorRecord =>
  ({
    id: `${p}-${++n}`,
    plan: p,
    name: indicator ?? '某项目',
    indicator,
    unit: '张',
    year: 2025,
    value,
    valueText: String(value),
    source: 'table',
    start: n * 10,
    ...over,
  }) as IndicatorRecord;

const nation = plan('nation', '全国', 'national', null);
const hubei = plan('hubei', '湖北省', 'province', '湖北省');
const wuhan = plan('wuhan', '武汉市', 'city', '湖北省');
const yichang = plan('yichang', '宜昌市', 'city', '湖北省');
const changsha = plan('changsha', '长沙市', 'city', '湖南省');
const plans = [changsha, yichang, wuhan, hubei, nation];

describe('higher-level references (上级目标)', () => {
  const province = rec('hubei', 'beds-per-1000', 7.5);
  const provinceText = rec('hubei', 'beds-per-1000', 7.6, { source: 'text', start: 1 });
  const national = rec('nation', 'beds-per-1000', 7.4);
  const nationDoctors = rec('nation', 'doctors-per-1000', 3.2);
  const wuhanBeds = rec('wuhan', 'beds-per-1000', 8);
  const yichangBeds = rec('yichang', 'beds-per-1000', 7);
  const yichangDoctors = rec('yichang', 'doctors-per-1000', 3.3);
  const yichang2030 = rec('yichang', 'beds-per-1000', 7.8, { year: 2030 });
  const changshaBeds = rec('changsha', 'beds-per-1000', 7.2);
  const project = rec('wuhan', null, 3);
  const all = [
    province,
    provinceText,
    national,
    nationDoctors,
    wuhanBeds,
    yichangBeds,
    yichangDoctors,
    yichang2030,
    changshaBeds,
    project,
  ];
  const refs = higherReferences(plans, all);
  const summary = (id: string) => (refs.get(id) ?? []).map((r) => `${r.level}:${r.plan.id}:${r.record.value}`);

  it('gives both cities their province and then the nation, table row first', () => {
    expect(summary(wuhanBeds.id)).toEqual(['province:hubei:7.5', 'national:nation:7.4']);
    expect(summary(yichangBeds.id)).toEqual(['province:hubei:7.5', 'national:nation:7.4']);
  });

  it('falls back to the nation where the province plan does not set the indicator', () => {
    expect(summary(yichangDoctors.id)).toEqual(['national:nation:3.2']);
  });

  it('matches the year exactly and never another province', () => {
    expect(refs.has(yichang2030.id)).toBe(false);
    expect(summary(changshaBeds.id)).toEqual(['national:nation:7.4']);
  });

  it('gives the province its nation, the nation nothing, and unmapped targets nothing', () => {
    expect(summary(province.id)).toEqual(['national:nation:7.4']);
    expect(refs.has(national.id)).toBe(false);
    expect(refs.has(project.id)).toBe(false);
  });
});

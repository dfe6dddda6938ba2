import type { Lexicon } from '../../src/lib/lexicon/types.ts';
import type { SourceDoc } from '../../src/lib/read/types.ts';
import type {
  IndicatorRecord,
  Issue,
  PlanExtraction,
  PlanRecord,
  TaskRecord,
  UnitRecord,
} from '../../src/lib/types.ts';

export function planRecord(id: string): PlanRecord {
  return {
    id,
    file: `${id}.txt`,
    region: '测试市',
    province: '测试省',
    level: 'city',
    title: `${id} 规划`,
    period: [2021, 2025],
    issuer: null,
    date: null,
    docNumber: null,
    kind: '规划',
    url: null,
    sha256: '0'.repeat(64),
    encoding: 'utf-8',
    format: 'txt',
    length: 100,
  };
}

export function indicator(plan: string, start: number, over: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return {
    id: `${plan}-i${start}`,
    plan,
    name: '每千人口床位数',
    indicator: 'beds-per-1000',
    unit: '张',
    year: 2025,
    op: '>=',
    value: 7.5,
    valueText: '7.5以上',
    baselineYear: null,
    baselineValue: null,
    parentValue: null,
    attribute: '预期性',
    category: '卫生资源',
    source: 'table',
    task: null,
    repairs: [],
    yearly: false,
    conflict: [],
    uncertain: [],
    page: null,
    start,
    end: start + 10,
    quote: '每千人口床位数7.5张',
    ...over,
  };
}

export function task(plan: string, start: number): TaskRecord {
  return {
    id: `${plan}-t${start}`,
    plan,
    title: '完善服务体系',
    path: ['三、主要任务', '(一)总体'],
    lead: ['市卫生健康委'],
    partners: ['市财政局', '市发改委'],
    text: '完善服务体系,"加强"基层。',
    indicators: [],
    topics: ['primary-care'],
    page: null,
    start,
    end: start + 12,
    quote: '(一)完善服务体系',
  };
}

export function unit(plan: string, start: number, over: Partial<UnitRecord> = {}): UnitRecord {
  return {
    id: `${plan}-u${start}`,
    plan,
    task: `${plan}-t0`,
    role: 'lead',
    name: '市卫生健康委',
    department: 'health',
    redacted: false,
    start,
    end: start + 6,
    quote: '市卫生健康委',
    ...over,
  };
}

export function issue(plan: string, severity: Issue['severity'], code: string, start: number | null = null): Issue {
  const placed = start !== null;
  return {
    plan,
    file: `${plan}.txt`,
    severity,
    code,
    message: `${code} in ${plan}`,
    start,
    end: placed ? start + 1 : null,
    line: placed ? 3 : null,
    column: placed ? 7 : null,
  };
}

export function extraction(id: string, over: Partial<PlanExtraction> = {}): PlanExtraction {
  return {
    plan: planRecord(id),
    outline: [],
    paragraphs: [],
    grids: [],
    indicators: [indicator(id, 40), indicator(id, 5)],
    tasks: [task(id, 0)],
    units: [unit(id, 20)],
    issues: [],
    setApart: {},
    ...over,
  };
}

export const stubLexicon: Lexicon = {
  indicators: [],
  departments: [],
  topics: [],
  matchIndicator: () => null,
  indicator: () => undefined,
  matchDepartment: () => null,
  topicsFor: () => [],
  topicsForTask: () => [],
};

/** Extracts nothing real: fails on "BOOM", warns on "WARN", so runner behaviour can be checked. */
export function stubExtractPlan(source: SourceDoc): PlanExtraction {
  if (source.text.includes('BOOM')) throw new Error('stub exploded');
  const issues = source.text.includes('WARN') ? [issue(source.meta.id, 'warning', 'stub-warning', 0)] : [];
  return extraction(source.meta.id, { issues });
}

import type { Attribute, Level } from '../types.ts';
import { ATTRIBUTES, LEVELS, type Kind, type Manifest } from './format.ts';

/** Facet dimensions, in the order the page shows them. */
export const DIMS = ['kind', 'province', 'region', 'level', 'period', 'year', 'topic', 'attribute'] as const;
export type Dim = (typeof DIMS)[number];

/** The selected value of each dimension, as it appears in the URL. */
export type Filters = { [D in Dim]?: string | undefined };

/** What facets need to know about one hit. */
export interface HitFacts {
  kind: Kind;
  plan: number;
  /** Target year for targets, the plan's end year otherwise; null when unknown. */
  year: number | null;
  /** 1 预期性, 2 约束性, 0 none (and for every non-target). */
  attribute: number;
  /** Topic bit set; null where the kind has no topics (paragraphs). */
  topics: number | null;
}

/** The values one hit has in each dimension (topics may be several, or none). */
export function valuesOf(f: HitFacts, m: Manifest, planKey: (plan: number) => string): Record<Dim, string[]> {
  const p = m.plans;
  const topics: string[] = [];
  if (f.topics !== null) m.topics.forEach((t, i) => Math.floor(f.topics! / 2 ** i) % 2 === 1 && topics.push(t.id));
  return {
    kind: [f.kind],
    province: [m.provinces[p.province[f.plan] ?? -1] ?? ''].filter((v) => v !== ''),
    region: [planKey(f.plan)],
    level: [LEVELS[p.level[f.plan] ?? -1] ?? ''].filter((v) => v !== ''),
    period: [`${p.start[f.plan]}-${p.end[f.plan]}`],
    year: f.year === null ? [] : [String(f.year)],
    topic: topics,
    attribute: f.attribute > 0 ? [ATTRIBUTES[f.attribute - 1]!] : [],
  };
}

export interface FacetResult {
  /** Per dimension, value → hits that would remain if that value were chosen (other filters kept). */
  counts: Record<Dim, Map<string, number>>;
  /** Hits passing every filter, in rank order. */
  kept: number[];
}

/**
 * Counts each value over the hits that pass every filter except the one of its own dimension,
 * so choosing a value never hides the others of the same dimension. One pass per hit.
 */
export function facetCounts(ranked: readonly number[], values: (id: number) => Record<Dim, string[]>, filters: Filters): FacetResult {
  const active = DIMS.filter((d) => filters[d] !== undefined);
  const counts = Object.fromEntries(DIMS.map((d) => [d, new Map<string, number>()])) as Record<Dim, Map<string, number>>;
  const kept: number[] = [];
  for (const id of ranked) {
    const v = values(id);
    const failing = active.filter((d) => !v[d].includes(filters[d]!));
    if (failing.length === 0) kept.push(id);
    if (failing.length > 1) continue;
    for (const d of DIMS) {
      if (failing.length === 1 && failing[0] !== d) continue;
      for (const value of v[d]) counts[d].set(value, (counts[d].get(value) ?? 0) + 1);
    }
  }
  return { counts, kept };
}

export const LEVEL_NAMES: Record<Level, string> = { national: '国家', province: '省级', city: '市级', district: '区级', county: '县级' };
export const KIND_NAMES: Record<Kind, string> = { target: '量化目标', task: '重点任务', paragraph: '规划原文' };
export const DIM_NAMES: Record<Dim, string> = {
  kind: '结果类型',
  province: '省份',
  region: '地区',
  level: '层级',
  period: '规划期',
  year: '目标年份',
  topic: '主题',
  attribute: '指标属性',
};
export type { Attribute };

import type { Attribute, Level } from '../types.ts';
import { ATTRIBUTES, KINDS, LEVELS, type Kind, type Manifest } from './format.ts';
import type { PlanTable } from './plan-table.ts';

/** Facet dimensions, in the order the page shows them. */
export const DIMS = ['kind', 'province', 'region', 'level', 'period', 'year', 'topic', 'attribute'] as const;
export type Dim = (typeof DIMS)[number];

/** The selected value of each dimension, as it appears in the URL. */
export type Filters = { [D in Dim]?: string | undefined };

/** Positions of two dimensions in DIMS (and in the columns). */
const KIND = 0;
const TOPIC = 6;
/** Years are counted in an array from this one. */
const YEAR_FROM = 1900;

/**
 * The facts of the hits of one search, one typed array per dimension in rank order, each value
 * a small number (−1: none or not known) that indexes a counter: facets are counted over every
 * hit on every change of filter, and there may be tens of thousands of hits.
 */
export interface HitColumns {
  ids: Int32Array;
  /** By dimension (DIMS order): kind, province, plan, level, period, year − 1900, topic bit set, attribute. */
  values: [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Float64Array, Int32Array];
}

/** What one hit is, for building columns: plan −1 when not known, year 0 when none, topics −1 when none. */
export interface HitFacts {
  kind: number;
  plan: number;
  year: number;
  attribute: number;
  topics: number;
}

export function emptyColumns(n: number): HitColumns {
  const int = () => new Int32Array(n);
  return { ids: new Int32Array(n), values: [int(), int(), int(), int(), int(), int(), new Float64Array(n), int()] };
}

/** Writes hit i into the columns (the plan's province, level and period come from the plan table). */
export function setHit(c: HitColumns, i: number, id: number, f: HitFacts, plans: PlanTable): void {
  const v = c.values;
  const known = f.plan >= 0;
  c.ids[i] = id;
  v[0][i] = f.kind;
  v[1][i] = known ? plans.province[f.plan]! : -1;
  v[2][i] = f.plan;
  v[3][i] = known && plans.level[f.plan]! < LEVELS.length ? plans.level[f.plan]! : -1;
  v[4][i] = known ? plans.period[f.plan]! : -1;
  v[5][i] = f.year > YEAR_FROM ? f.year - YEAR_FROM : -1;
  v[6][i] = f.topics;
  v[7][i] = f.attribute > 0 ? f.attribute : -1;
}

export interface FacetResult {
  /** Per dimension, value → hits that would remain if that value were chosen (other filters kept). */
  counts: Record<Dim, Map<string, number>>;
  /** Hits passing every filter, in rank order. */
  kept: number[];
}

type Context = { m: Pick<Manifest, 'provinces' | 'topics'>; plans: PlanTable };

/** A filter value as the number its column holds; −2 (never held) for a value no hit can have. */
function filterValue(dim: Dim, value: string, { m, plans }: Context): number {
  const found = (i: number) => (i >= 0 ? i : -2);
  switch (dim) {
    case 'kind':
      return found(KINDS.indexOf(value as Kind));
    case 'province':
      return found(m.provinces.indexOf(value));
    case 'region':
      return /^\d+$/u.test(value) ? Number(value) : -2;
    case 'level':
      return found(LEVELS.indexOf(value as Level));
    case 'period':
      return found(plans.periods.findIndex(([s, e]) => `${s}-${e}` === value));
    case 'year':
      return /^\d+$/u.test(value) && Number(value) > YEAR_FROM ? Number(value) - YEAR_FROM : -2;
    case 'topic':
      return found(m.topics.findIndex((t) => t.id === value));
    case 'attribute':
      return ATTRIBUTES.indexOf(value as Attribute) >= 0 ? ATTRIBUTES.indexOf(value as Attribute) + 1 : -2;
  }
}

const hasTopic = (mask: number, t: number) => mask >= 0 && Math.floor(mask / 2 ** t) % 2 === 1;

interface Active {
  dim: number;
  value: number;
}

function activeFilters(filters: Filters, ctx: Context, skip: number): Active[] {
  return DIMS.flatMap((d, dim) =>
    dim === skip || filters[d] === undefined ? [] : [{ dim, value: filterValue(d, filters[d]!, ctx) }],
  );
}

function passes(c: HitColumns, i: number, f: Active): boolean {
  return f.dim === TOPIC ? hasTopic(c.values[TOPIC][i]!, f.value) : c.values[f.dim]![i] === f.value;
}

/** Hits passing every filter, in rank order (no counting: what the first rows are fetched for). */
export function keptHits(c: HitColumns, filters: Filters, ctx: Context): number[] {
  const active = activeFilters(filters, ctx, -1);
  if (active.length === 1 && active[0]!.dim === KIND) return kindOnly(c, active[0]!.value);
  const kept: number[] = [];
  for (let i = 0; i < c.ids.length; i++) if (active.every((f) => passes(c, i, f))) kept.push(c.ids[i]!);
  return kept;
}

/** The usual case, no filter but the kind: a plain pass over one column. */
function kindOnly(c: HitColumns, kind: number): number[] {
  const kept: number[] = [];
  const kinds = c.values[KIND];
  for (let i = 0; i < kinds.length; i++) if (kinds[i] === kind) kept.push(c.ids[i]!);
  return kept;
}

/** Hits by kind, other filters applied: the tabs, and which kind a search shows first. */
export function kindCounts(c: HitColumns, filters: Filters, ctx: Context): Map<Kind, number> {
  const active = activeFilters(filters, ctx, KIND);
  const n = [0, 0, 0];
  const kinds = c.values[KIND];
  for (let i = 0; i < c.ids.length; i++)
    if (active.length === 0 || active.every((f) => passes(c, i, f))) n[kinds[i]!]!++;
  return new Map(KINDS.map((k, i) => [k, n[i]!]));
}

function counterSizes({ m, plans }: Context): number[] {
  return [
    KINDS.length,
    m.provinces.length,
    plans.province.length,
    LEVELS.length,
    plans.periods.length,
    300,
    m.topics.length,
    ATTRIBUTES.length + 1,
  ];
}

/** Counter index back to the value the URL and the page use ('' for one not to show). */
function label(dim: Dim, key: number, { m, plans }: Context): string {
  switch (dim) {
    case 'kind':
      return KINDS[key]!;
    case 'province':
      return m.provinces[key] ?? '';
    case 'level':
      return LEVELS[key]!;
    case 'period': {
      const [s, e] = plans.periods[key]!;
      return `${s}-${e}`;
    }
    case 'year':
      return String(key + YEAR_FROM);
    case 'topic':
      return m.topics[key]?.id ?? '';
    case 'attribute':
      return ATTRIBUTES[key - 1]!;
    default:
      return String(key);
  }
}

/**
 * Counts each value over the hits that pass every filter except the one of its own dimension,
 * so choosing a value never hides the others of the same dimension. One pass over the hits.
 */
export function facetCounts(c: HitColumns, filters: Filters, ctx: Context): FacetResult {
  const active = activeFilters(filters, ctx, -1);
  const counters = counterSizes(ctx).map((size) => new Int32Array(size));
  const kept: number[] = [];
  const v = c.values;
  for (let i = 0; i < c.ids.length; i++) {
    let failing = 0;
    let failed = -1;
    for (const f of active) {
      if (!passes(c, i, f)) {
        failing++;
        failed = f.dim;
        if (failing > 1) break;
      }
    }
    if (failing > 1) continue;
    if (failing === 0) kept.push(c.ids[i]!);
    for (let d = 0; d < DIMS.length; d++) {
      if (failing === 1 && failed !== d) continue;
      if (d === TOPIC) {
        for (let t = 0, mask = v[TOPIC][i]!; mask > 0; t++, mask = Math.floor(mask / 2))
          if (mask % 2 === 1) counters[d]![t]!++;
        continue;
      }
      const value = v[d]![i]!;
      if (value >= 0) counters[d]![value]!++;
    }
  }
  const counts = Object.fromEntries(
    DIMS.map((dim, d) => {
      const out = new Map<string, number>();
      counters[d]!.forEach((n, key) => {
        if (n === 0) return;
        const value = label(dim, key, ctx);
        if (value !== '') out.set(value, n);
      });
      return [dim, out];
    }),
  ) as Record<Dim, Map<string, number>>;
  return { counts, kept };
}

export const LEVEL_NAMES: Record<Level, string> = {
  national: '国家',
  province: '省级',
  city: '市级',
  district: '区级',
  county: '县级',
};
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

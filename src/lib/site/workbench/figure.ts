import { targetCells, targetHref } from '../shards/rows.ts';
import type { ShardHigher, ShardPlan, ShardTarget } from '../shards/types.ts';
import type { CellValue } from '../tables/table.ts';
import type { Ranked } from './stats.ts';

/** One cited figure of the drafting table: what it says, where it is, and how to cite it. */
export interface Figure {
  plan: string;
  region: string;
  shown: string;
  year: number | null;
  attribute: string | null;
  href: string;
  rank: Ranked | null;
  reason: string | null;
  /** The sentence citing the target and the plan's reference entry (GB/T 7714). */
  citation: string;
  reference: string;
}

export type HigherFigure = Figure & { level: ShardHigher['level'] };

const text = (value: CellValue | undefined) => (value === null || value === undefined ? '' : String(value));

export function targetFigure(plan: ShardPlan, t: ShardTarget, headers: readonly string[]): Figure {
  const row = targetCells(headers, plan, t);
  return {
    plan: plan.id,
    region: plan.region,
    shown: t.shown,
    year: t.year,
    attribute: t.attribute,
    href: targetHref(plan, t),
    rank: t.rank,
    reason: t.reason,
    citation: text(row[headers.indexOf('引用表述')]),
    reference: text(row[headers.indexOf('参考文献')]),
  };
}

export function higherFigure(h: ShardHigher): HigherFigure {
  return {
    plan: h.plan,
    region: h.region,
    shown: h.shown,
    year: h.year,
    attribute: null,
    href: h.href,
    rank: h.rank,
    reason: h.reason,
    citation: h.citation,
    reference: h.reference,
    level: h.level,
  };
}

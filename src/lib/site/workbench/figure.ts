import type { ShardHigher, ShardTarget } from '../shards/types.ts';
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

/** The cell under a heading of the export row, as text ('' when absent). */
const column = (t: ShardTarget, headers: readonly string[], name: string) => {
  const value = t.cells[headers.indexOf(name)];
  return value === null || value === undefined ? '' : String(value);
};

export function targetFigure(t: ShardTarget, region: string, headers: readonly string[]): Figure {
  return {
    plan: t.plan,
    region,
    shown: t.shown,
    year: t.year,
    attribute: t.attribute,
    href: t.href,
    rank: t.rank,
    reason: t.reason,
    citation: column(t, headers, '引用表述'),
    reference: column(t, headers, '参考文献'),
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

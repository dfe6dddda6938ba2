import type { CompareTarget } from '../compare-data.ts';
import type { CellValue } from '../tables/table.ts';
import type { Level, Op } from '../../types.ts';

/** A plan as the catalogue lists it: enough to choose it, group it and name it. */
export interface CatalogPlan {
  id: string;
  region: string;
  province: string;
  level: Level;
  title: string | null;
  period: readonly [number, number];
  kind: string | null;
}

/** One province's page of the catalogue. */
export interface CatalogProvince {
  /** Stable file key of the province (a hash of its name, so adding a province renames nothing). */
  key: string;
  name: string;
  plans: number;
}

/** The province's or the nation's target for the same indicator and year (上级目标), nearest level only. */
export interface ShardHigher {
  level: 'province' | 'national';
  plan: string;
  region: string;
  title: string | null;
  shown: string;
  year: number | null;
  href: string;
  /** Set when it can be ranked on the lower target's yardstick (same unit, a value, a year). */
  rank: { year: number; value: number; op: Op | null } | null;
  reason: string | null;
  citation: string;
  reference: string;
}

/** What the comparison needs of one target beyond its export row: where to link and what to flag. */
export interface ShardTarget extends CompareTarget {
  year: number | null;
  href: string;
  /** "本规划另有表述：…" when the plan states this target twice with different values. */
  conflict: string | null;
  attribute: string | null;
  baseline: string | null;
  /** 上级目标: absent in files built before it was added. */
  higher?: ShardHigher | null;
}

export interface ShardTask {
  plan: string;
  /** Id of the task record. */
  task: string;
  title: string;
  href: string;
  topics: string[];
  cells: CellValue[];
}

/** Everything the comparison and the drafting pages fetch for one plan. */
export interface PlanShard {
  plan: CatalogPlan & { href: string; reference: string };
  targets: ShardTarget[];
  tasks: ShardTask[];
}

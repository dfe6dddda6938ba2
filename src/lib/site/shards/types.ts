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

/**
 * One target as its plan's data file holds it. `cells` are only the columns of its export row
 * that are its own: those the plan shares with all its records, and those the record carries
 * outside `cells`, are put back by `targetCells` (rows.ts).
 */
export interface ShardTarget extends Omit<CompareTarget, 'plan'> {
  year: number | null;
  /** "本规划另有表述：…" when the plan states this target twice with different values. */
  conflict: string | null;
  attribute: string | null;
  baseline: string | null;
  /** 上级目标: absent in files built before it was added. */
  higher?: ShardHigher | null;
}

/** One task as its plan's data file holds it; `cells` as for a target (`taskCells` puts back the rest). */
export interface ShardTask {
  /** Id of the task record. */
  task: string;
  title: string;
  topics: string[];
  cells: CellValue[];
}

/** The plan a data file is about, with what every row of its records shares. */
export interface ShardPlan extends CatalogPlan {
  href: string;
  /** The plan's task page, a section per task. */
  tasks: string;
  docNumber: string | null;
  /** The plan's GB/T 7714 entry, the 参考文献 of every row. */
  reference: string;
  /** The address the site is served at (PLANATLAS_SITE_URL), which makes 原文位置 absolute. */
  site: string | null;
}

/** Everything the comparison and the drafting pages fetch for one plan. */
export interface PlanShard {
  plan: ShardPlan;
  targets: ShardTarget[];
  tasks: ShardTask[];
}

import { compareRows, type CompareIndicator } from './compare.ts';
import type { SiteData } from './data/site-data.ts';
import { recordsWith } from './data/index-by.ts';
import { formatTarget } from './format.ts';
import { indicatorSummaries } from './indicator-index.ts';
import type { Better } from './measure/ambition.ts';
import type { Op } from '../types.ts';
import { commonNotes } from './tables/notes.ts';
import { AMBITION_NOTE } from './tables/registry-pages.ts';
import type { RowContext } from './tables/context.ts';
import { TARGET_HEADERS, targetRow } from './tables/target-rows.ts';
import { TASK_HEADERS, taskRow } from './tables/task-rows.ts';
import type { CellValue } from './tables/table.ts';

/** One compared target, with what the page needs to re-mark the most ambitious for any selection. */
export interface CompareTarget {
  plan: string;
  /** Id of the target record. */
  record: string;
  /** Further targets of the same plan for this indicator (other years), listed on its page. */
  others: number;
  indicator: string;
  name: string;
  unit: string | null;
  better: Better;
  shown: string;
  /** Set only when the target can be ranked: its year, value and comparison. */
  rank: { year: number; value: number; op: Op | null } | null;
  reason: string | null;
  cells: CellValue[];
}

export interface CompareData {
  plans: { id: string; region: string }[];
  targetHeaders: string[];
  taskHeaders: string[];
  targets: CompareTarget[];
  tasks: { plan: string; task: string; cells: CellValue[] }[];
  notes: string[];
}

export function compareIndicators(data: Pick<SiteData, 'lexicon' | 'indicators'>): CompareIndicator[] {
  return indicatorSummaries(data.lexicon, data.indicators).map((s) => ({
    id: s.id,
    name: s.name,
    unit: s.entry?.unit ?? null,
    better: s.entry?.better ?? 'higher',
  }));
}

/** The compare page's rows for every plan, loaded by the page only when a reader exports a selection. */
export function compareData(data: SiteData, plans: SiteData['plans'], ctx: RowContext): CompareData {
  const targets = compareRows(plans, data.indicators, compareIndicators(data)).flatMap((row) =>
    row.cells.flatMap((c) =>
      c.record === null || c.verdict === null
        ? []
        : [
            {
              plan: c.plan,
              record: c.record.id,
              others: c.others,
              indicator: row.indicator.id,
              name: row.indicator.name,
              unit: row.unit,
              better: row.indicator.better,
              shown: formatTarget(c.record),
              rank: c.verdict.comparable ? { year: c.verdict.year, value: c.verdict.value, op: c.record.op } : null,
              reason: c.verdict.comparable ? null : c.verdict.reason,
              cells: targetRow(ctx, c.record),
            },
          ],
    ),
  );
  const tasks = plans.flatMap((p) =>
    recordsWith(data.tasks, 'plan', p.id).map((t) => ({ plan: t.plan, task: t.id, cells: taskRow(ctx, t) })),
  );
  return {
    plans: plans.map((p) => ({ id: p.id, region: p.region })),
    targetHeaders: TARGET_HEADERS,
    taskHeaders: TASK_HEADERS,
    targets,
    tasks,
    notes: [AMBITION_NOTE, ...commonNotes(ctx.accessed)],
  };
}

// A plan's data file writes what its records share once; the rows the compare page and the
// workbench rebuild from it must be exactly the export rows of the site's downloads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/lib/export/report-types.ts';
import { docTitle } from '../../src/lib/site/citation/doc-title.ts';
import { compareData } from '../../src/lib/site/compare-data.ts';
import { selectionTables } from '../../src/lib/site/compare-selection.ts';
import type { SiteData } from '../../src/lib/site/data/site-data.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { catalogIndex } from '../../src/lib/site/shards/catalog-index.ts';
import { checkRow } from '../../src/lib/site/shards/check-row.ts';
import { planShard } from '../../src/lib/site/shards/plan-shards.ts';
import { targetCells, targetHref, taskCells, taskHref } from '../../src/lib/site/shards/rows.ts';
import { selectionOf } from '../../src/lib/site/shards/selection.ts';
import type { PlanShard } from '../../src/lib/site/shards/types.ts';
import { TARGET_HEADERS, targetRow } from '../../src/lib/site/tables/target-rows.ts';
import { taskRow } from '../../src/lib/site/tables/task-rows.ts';
import { targetFigure } from '../../src/lib/site/workbench/figure.ts';
import type { PlanRecord, TaskRecord } from '../../src/lib/types.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'site', 'export');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
const ACCESSED = '2026-01-15';

/** The fixture's export; `plans` changes its plans' metadata (a plan without a title, with a 文号 …). */
function library(plans: (p: PlanRecord) => PlanRecord = (p) => p): SiteData {
  return {
    plans: read<PlanRecord[]>('plans.json').map(plans),
    indicators: read('indicators.json'),
    tasks: read('tasks.json'),
    units: read('units.json'),
    issues: [],
    report: read<Report>('report.json'),
    lexicon: read('lexicon.json'),
    outline: read('outline.json'),
    paragraphs: read('paragraphs.json'),
    grids: [],
    dirs: { data: dir, content: dir, lexicon: dir },
  };
}

const libraries: [string, () => SiteData][] = [
  ['the fixture', () => library()],
  [
    'plans without a title, with a 文号 or without an address',
    () =>
      library((p) => ({ ...p, title: p.level === 'city' ? null : p.title, docNumber: '乙政发〔2023〕1号', url: null })),
  ],
];

/** What a page gets: the data file as written, read back. */
const fetched = (data: SiteData, id: string): PlanShard =>
  JSON.parse(JSON.stringify(planShard(data, id, ACCESSED))) as PlanShard;

/** The data file as it was written before its records shared their plan's columns. */
function unsplit(data: SiteData, s: PlanShard) {
  return {
    plan: { ...s.plan, docNumber: undefined, site: undefined },
    targets: s.targets.map((t) => ({
      ...t,
      plan: s.plan.id,
      href: targetHref(s.plan, t),
      cells: targetRow(
        { data, accessed: ACCESSED },
        data.indicators.find((r) => r.id === t.record)!,
      ),
    })),
    tasks: s.tasks.map((t) => ({
      ...t,
      plan: s.plan.id,
      href: paths.task(s.plan.id, t.task),
      cells: taskRow(
        { data, accessed: ACCESSED },
        data.tasks.find((r) => r.id === t.task)!,
      ),
    })),
  };
}

afterEach(() => vi.unstubAllEnvs());

describe.each(libraries)('a plan data file of %s', (_, make) => {
  for (const site of [undefined, 'https://intranet.example/planatlas/']) {
    it(`gives back every target's and task's export row (site address ${site ?? 'unknown'})`, () => {
      if (site) vi.stubEnv('SITE', site);
      const data = make();
      const ctx = { data, accessed: ACCESSED };
      const index = JSON.parse(JSON.stringify(catalogIndex(data, ACCESSED))) as ReturnType<typeof catalogIndex>;
      let targets = 0;
      let tasks = 0;
      for (const p of data.plans) {
        const s = fetched(data, p.id);
        for (const t of s.targets) {
          const record = data.indicators.find((r) => r.id === t.record)!;
          expect(targetCells(index.targetHeaders, s.plan, t)).toEqual(targetRow(ctx, record));
          expect(targetHref(s.plan, t)).toBe(paths.record(p.id, record.id));
          targets++;
        }
        for (const t of s.tasks) {
          const record: TaskRecord = data.tasks.find((r) => r.id === t.task)!;
          expect(taskCells(index.taskHeaders, s.plan, t)).toEqual(taskRow(ctx, record));
          expect(taskHref(s.plan, t)).toBe(paths.task(p.id, record.id));
          tasks++;
        }
        if (site) expect(targetCells(TARGET_HEADERS, s.plan, s.targets[0]!)[17]).toMatch(/^https:\/\/intranet/u);
      }
      expect(targets).toBeGreaterThan(5);
      expect(tasks).toBe(data.tasks.length);
    });
  }

  it('exports a selection, and the workbench cites its figures, exactly as from the whole rows', () => {
    const data = make();
    const index = catalogIndex(data, ACCESSED);
    const ids = data.plans.map((p) => p.id);
    const shards = ids.map((id) => fetched(data, id));
    const parts = data.plans.map((p) => compareData(data, [p], { data, accessed: ACCESSED }));
    const whole = {
      ...parts[0]!,
      plans: parts.flatMap((c) => c.plans),
      targets: parts.flatMap((c) => c.targets),
      tasks: parts.flatMap((c) => c.tasks),
      notes: index.notes,
    };
    for (const chosen of [ids, [...ids].reverse(), ids.slice(1)])
      expect(selectionTables(selectionOf(index, shards), chosen)).toEqual(selectionTables(whole, chosen));
    for (const s of shards)
      for (const t of s.targets) {
        const row = targetRow(
          { data, accessed: ACCESSED },
          data.indicators.find((r) => r.id === t.record)!,
        );
        expect(targetFigure(s.plan, t, TARGET_HEADERS)).toMatchObject({
          plan: s.plan.id,
          href: row[TARGET_HEADERS.indexOf('原文位置')],
          citation: row[TARGET_HEADERS.indexOf('引用表述')],
          reference: row[TARGET_HEADERS.indexOf('参考文献')],
        });
      }
  });

  it('writes the plan’s reference entry once, and is smaller than whole rows', () => {
    const data = make();
    for (const p of data.plans) {
      const s = fetched(data, p.id);
      const file = JSON.stringify(s);
      expect(file.split(JSON.stringify(s.plan.reference)).length - 1).toBe(1);
      expect(file.length).toBeLessThan(JSON.stringify(unsplit(data, s)).length * 0.75);
      for (const r of [...s.targets, ...s.tasks]) expect(r).not.toHaveProperty('plan');
      for (const r of [...s.targets, ...s.tasks]) expect(r).not.toHaveProperty('href');
      const lead = docTitle(s.plan);
      for (const r of [...s.targets, ...s.tasks])
        expect(r.cells.filter((c) => typeof c === 'string' && c.startsWith(lead))).toEqual([]);
    }
  });
});

describe('checkRow', () => {
  it('stops the build when a rebuilt row differs from the export row', () => {
    expect(() => checkRow('r1', ['a', 1, null], ['a', 1, null])).not.toThrow();
    expect(() => checkRow('r1', ['a', 1, null], ['a', '1', null])).toThrow(/^r1: .*column 1/u);
    expect(() => checkRow('r1', ['a', 1, null], ['a', 1, ''])).toThrow(/column 2/u);
    expect(() => checkRow('r1', ['a'], ['a', null])).toThrow(/column 1/u);
  });
});

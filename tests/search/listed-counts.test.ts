import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/lib/search/format.ts';
import { headline } from '../../src/lib/search/client/headline.ts';
import { buildView } from '../../src/lib/search/client/view.ts';
import { memoryIndex } from './memory-index.ts';
import { projectExport } from './project-export.ts';

/** Queries on the project plans, some of whose common terms the search leaves out (partial outcomes). */
const QUERIES = ['每千人口执业医师', '人均预期寿命', '托位', '床位数', '家庭医生签约服务'];

describe('counts equal the rows listed', () => {
  let exported: { data: string; content: string };
  let index: ReturnType<typeof memoryIndex>;

  beforeAll(async () => {
    exported = await projectExport();
    index = memoryIndex(exported.data, exported.content);
  }, 120_000);
  afterAll(() => rmSync(exported.data, { recursive: true, force: true }));

  it('leaves terms out of some query here, so the check below is exercised', async () => {
    const partial = await Promise.all(QUERIES.map(async (q) => (await index.engine.search(q)).partial));
    expect(partial).toContain(true);
  });

  it.each(QUERIES)('%s: each tab and its facets count exactly the rows the tab lists', async (q) => {
    const facts = await index.facts();
    const outcome = await index.engine.search(q);
    for (const kind of KINDS) {
      const view = await buildView(index.loader, facts, outcome, { kind }, 10_000);
      expect(view.approx).toBe(false);
      expect(view.total, `${q} ${kind}`).toBe(view.rows.length);
      expect(view.tabs.get(kind)).toBe(view.rows.length);
      const kinds = view.facets.kind;
      expect(kinds.get(kind) ?? 0, `${q} ${kind} facet`).toBe(view.rows.length);
      const provinces = [...view.facets.province.values()].reduce((s, n) => s + n, 0);
      expect(provinces, `${q} ${kind} provinces`).toBe(view.rows.length);
    }
  });

  it('names the tab the headline counts and the sum over tabs beside it', () => {
    const tabs = new Map([
      ['target', 3],
      ['task', 11],
      ['paragraph', 17],
    ]);
    expect(headline({ kind: 'target', tabs, total: 3, approx: false })).toBe('量化目标 3 条（各类共 31 条）');
    expect(headline({ kind: 'task', tabs: new Map([['task', 2]]), total: 2, approx: false })).toBe('重点任务 2 条');
    expect(headline({ kind: 'paragraph', tabs, total: 17, approx: true })).toBe('规划原文 约 17 条（各类共 31 条）');
  });
});

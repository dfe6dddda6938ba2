import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { readJson } from '../../src/lib/site/data/read-json.ts';
import { SearchEngine } from '../../src/lib/search/client/engine.ts';
import { Loader } from '../../src/lib/search/client/loader.ts';
import { isPacked } from '../../src/lib/search/packed.ts';
import { kindOf } from '../../src/lib/search/rank.ts';
import { buildView } from '../../src/lib/search/client/view.ts';
import type { IndicatorRecord } from '../../src/lib/types.ts';
import { memoryIndex } from './memory-index.ts';
import { projectExport } from './project-export.ts';

/** The queries officials start with, and the canonical indicator whose targets must come first. */
const FIRST: [query: string, indicator: string][] = [
  ['托位', 'childcare-places-per-1000'],
  ['床位数', 'beds-per-1000'],
  ['高血压规范管理率', 'hypertension-management'],
  ['每千常住人口床位数', 'beds-per-1000'],
  // named through an alias without its parenthetical: 每千人口执业(助理)医师, written 每千人执业(助理)医师数 in 鄂尔多斯
  ['每千人口执业医师', 'doctors-per-1000'],
  ['每千人口执业医师数', 'doctors-per-1000'],
];

describe('ranking on the project plans', () => {
  let exported: { data: string; content: string };
  let index: ReturnType<typeof memoryIndex>;
  let targets: IndicatorRecord[];

  beforeAll(async () => {
    exported = await projectExport();
    index = memoryIndex(exported.data, exported.content);
    targets = readJson<IndicatorRecord[]>(exported.data, 'indicators.json');
  }, 120_000);
  afterAll(() => rmSync(exported.data, { recursive: true, force: true }));

  it.each(FIRST)('%s: targets of %s come first, before any task or paragraph', async (query, indicator) => {
    const m = await index.loader.manifest();
    const entry = m.indicators.find((i) => i.id === indicator);
    expect(entry, `lexicon has ${indicator}`).toBeDefined();
    const ranked = (await index.engine.search(query)).tiers.flat();
    expect(kindOf(ranked[0]!, m.counts)).toBe('target');
    expect(ranked[0]).toBeGreaterThanOrEqual(entry!.range[0]);
    expect(ranked[0]).toBeLessThan(entry!.range[1]);
    const firstOther = ranked.findIndex((id) => kindOf(id, m.counts) !== 'target');
    const lastTarget = ranked.findLastIndex((id) => kindOf(id, m.counts) === 'target');
    if (firstOther >= 0) expect(lastTarget).toBeLessThan(firstOther);
  });

  it.each(FIRST)('%s: every plan with a target filed under the indicator is found', async (query, indicator) => {
    const m = await index.loader.manifest();
    const facts = await index.facts();
    const outcome = await index.engine.search(query);
    const view = await buildView(index.loader, facts, outcome, { kind: 'target' }, 1000);
    const found = new Set(view.rows.map((r) => r.plan[0]));
    const expected = new Set(targets.filter((t) => t.indicator === indicator).map((t) => t.plan));
    for (const plan of expected) expect(found.has(plan), `${query} finds ${plan}`).toBe(true);
    expect(m.counts.target).toBe(targets.length);
  });

  it.each(FIRST)(
    '%s: every target filed under the indicator is listed, not only one per plan',
    async (query, indicator) => {
      const facts = await index.facts();
      const outcome = await index.engine.search(query);
      const view = await buildView(index.loader, facts, outcome, { kind: 'target' }, 1000);
      const found = new Set(view.rows.map((r) => r.id));
      const m = await index.loader.manifest();
      const entry = m.indicators.find((i) => i.id === indicator)!;
      for (let id = entry.range[0]; id < entry.range[1]; id++)
        expect(found.has(id), `${query} lists target ${id}`).toBe(true);
      expect(entry.range[1] - entry.range[0]).toBe(targets.filter((t) => t.indicator === indicator).length);
    },
  );

  it('finds 托位 only where the text says 托位, not 托 and 位 apart', async () => {
    const facts = await index.facts();
    const outcome = await index.engine.search('托位');
    const view = await buildView(index.loader, facts, outcome, { kind: 'paragraph' }, 1000);
    expect(view.rows.length).toBeGreaterThan(0);
    for (const r of view.rows) expect(r.kind === 'paragraph' && r.row[2].includes('托位')).toBe(true);
  });

  it('a mixed query with a year keeps targets set for that year', async () => {
    const facts = await index.facts();
    const outcome = await index.engine.search('2025 床位');
    const view = await buildView(index.loader, facts, outcome, { kind: 'target' }, 1000);
    expect(view.rows.length).toBeGreaterThan(0);
    for (const r of view.rows) expect(r.kind === 'target' && r.row[4]).toBe(2025);
  });

  it('facet counts follow the query and a chosen facet narrows the list', async () => {
    const facts = await index.facts();
    const outcome = await index.engine.search('家庭医生签约');
    const all = await buildView(index.loader, facts, outcome, { kind: 'task' }, 1000);
    const [province, n] = [...all.facets.province].sort((a, b) => b[1] - a[1])[0]!;
    const narrowed = await buildView(index.loader, facts, outcome, { kind: 'task', province }, 1000);
    expect(narrowed.total).toBe(n);
    expect(narrowed.total).toBeLessThanOrEqual(all.total);
  });

  it('stores every index file compressed, and reads one a server already unpacked', async () => {
    for (const [name, bytes] of index.files) expect(isPacked(bytes), name).toBe(true);
    // A server that sends the files with Content-Encoding: gzip hands the page unpacked bytes.
    const loader = new Loader('mem:/', null, async (url) => {
      const bytes = index.files.get(url.slice('mem:/'.length).replace(/\?.*$/u, ''));
      return bytes ? new Response(gunzipSync(bytes)) : new Response(null, { status: 404 });
    });
    const unpacked = await new SearchEngine(loader).search('床位数');
    expect(unpacked.tiers).toEqual((await index.engine.search('床位数')).tiers);
    expect(unpacked.tiers.flat().length).toBeGreaterThan(0);
  });
});

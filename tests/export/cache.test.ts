import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ReadSource from '../../src/lib/read/read-source.ts';
import { readPlan } from '../../src/lib/read/read-source.ts';
import { corpus, exported, extract } from './cache-corpus.ts';

// count the reader's calls: a plan answered by the cache must not be read again
vi.mock('../../src/lib/read/read-source.ts', async (importOriginal) => {
  const real = await importOriginal<typeof ReadSource>();
  return { ...real, readPlan: vi.fn(real.readPlan) };
});

let c: ReturnType<typeof corpus>;
let cache = '';
const ALL = 9;
beforeEach(() => {
  c = corpus();
  cache = join(c.root, 'cache');
});
afterEach(() => rmSync(c.root, { recursive: true, force: true }));

/** A run without any cache on the corpus as it is now: what every cached run must reproduce. */
async function clean(): Promise<Map<string, Buffer>> {
  const out = join(c.root, `clean-${Math.random().toString(36).slice(2)}`);
  const { extracted } = await extract(c, out);
  expect(extracted).toHaveLength(ALL);
  return exported(out);
}

describe('the extraction cache', () => {
  it('gives a warm run the same bytes in every file as a run without cache, with no plan read or extracted', async () => {
    const out = join(c.root, 'out');
    const cold = await extract(c, out, cache);
    expect(cold.extracted).toHaveLength(ALL);
    expect(cold.run.fromCache).toBe(0);
    vi.mocked(readPlan).mockClear();
    const warm = await extract(c, out, cache);
    expect(warm.extracted).toEqual([]);
    expect(warm.run.fromCache).toBe(ALL);
    expect(vi.mocked(readPlan)).not.toHaveBeenCalled();
    const files = exported(out);
    expect([...files.keys()]).toContain('texts/sample_shiquan_print.txt');
    expect(files).toEqual(await clean());
  });

  it('re-extracts only the plan whose file changed, or that was added', async () => {
    await extract(c, join(c.root, 'first'), cache);
    appendFileSync(
      join(c.plans, 'ordos-health-2021-2025.txt'),
      '\n（十）加强托育服务。到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。\n',
    );
    const changed = await extract(c, join(c.root, 'out'), cache);
    expect(changed.extracted).toEqual(['ordos-health-2021-2025']);
    expect(changed.run.fromCache).toBe(ALL - 1);
    expect(exported(join(c.root, 'out'))).toEqual(await clean());

    writeFileSync(join(c.plans, 'added.txt'), '一、主要指标\n到2025年，每千人口医疗卫生机构床位数达到7.5张。\n');
    writeFileSync(join(c.plans, 'added.yaml'), 'region: 测试市\nlevel: city\nperiod: [2021, 2025]\n');
    const added = await extract(c, join(c.root, 'out'), cache);
    expect(added.extracted).toEqual(['added']);
    expect(added.run.fromCache).toBe(ALL);
  });

  it('keeps one entry per plan: those of edited or removed plans go, files it did not write stay', async () => {
    await extract(c, join(c.root, 'out'), cache);
    writeFileSync(join(cache, 'notes.txt'), 'mine');
    appendFileSync(join(c.plans, 'wuhan-jingkai-health-2021-2025.txt'), '\n');
    rmSync(join(c.plans, 'sample_shiquan.md'));
    rmSync(join(c.plans, 'sample_shiquan.yaml'));
    await extract(c, join(c.root, 'out'), cache);
    const names = readdirSync(cache);
    expect(names.filter((n) => n.endsWith('.json'))).toHaveLength(ALL - 1);
    expect(names).toContain('notes.txt');
  });

  it('re-extracts a plan whose metadata YAML changed', async () => {
    await extract(c, join(c.root, 'out'), cache);
    const yaml = join(c.plans, 'sample_shiquan_word.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^title:.*$/mu, 'title: 改过的标题'));
    const again = await extract(c, join(c.root, 'out'), cache);
    expect(again.extracted).toEqual(['sample_shiquan_word']);
    const plans = JSON.parse(readFileSync(join(c.root, 'out', 'plans.json'), 'utf8')) as {
      id: string;
      title: string;
    }[];
    expect(plans.find((p) => p.id === 'sample_shiquan_word')?.title).toBe('改过的标题');
  });

  it.each(['rules.yaml', 'indicators.yaml', 'messages.yaml'])(
    're-extracts every plan when %s changes',
    async (file) => {
      await extract(c, join(c.root, 'out'), cache);
      appendFileSync(join(c.lexicon, file), '\n# edited\n');
      expect((await extract(c, join(c.root, 'out'), cache)).extracted).toHaveLength(ALL);
      expect((await extract(c, join(c.root, 'out'), cache)).extracted).toEqual([]);
    },
  );

  it('never trusts a damaged entry: a truncated, altered, emptied or misnamed one is extracted anew', async () => {
    await extract(c, join(c.root, 'out'), cache);
    const entries = readdirSync(cache).sort();
    expect(entries).toHaveLength(ALL);
    const damage = [
      (s: string) => s.slice(0, s.length >> 1),
      (s: string) => s.replace(/"quote":"(.)/u, '"quote":"X'),
      () => '',
    ];
    damage.forEach((d, i) => {
      const path = join(cache, entries[i]!);
      writeFileSync(path, d(readFileSync(path, 'utf8')));
    });
    // intact, but another plan's: its key does not match its name
    writeFileSync(join(cache, entries[3]!), readFileSync(join(cache, entries[4]!)));
    const again = await extract(c, join(c.root, 'out'), cache);
    expect(again.extracted).toHaveLength(damage.length + 1);
    expect(again.run.fromCache).toBe(ALL - damage.length - 1);
    expect(exported(join(c.root, 'out'))).toEqual(await clean());
    expect((await extract(c, join(c.root, 'out'), cache)).extracted).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/read/decode.ts';
import { FactStore } from '../../src/lib/search/build/fact-store.ts';
import { FieldPostings } from '../../src/lib/search/build/postings.ts';
import { writeTermFiles } from '../../src/lib/search/build/term-files.ts';
import { FieldIndex } from '../../src/lib/search/client/flex.ts';
import { decodeTermEntries } from '../../src/lib/search/term-file.ts';
import { tokenize } from '../../src/lib/search/tokenize.ts';
import { decodeGaps, decodeIds } from '../../src/lib/search/varint.ts';
import { ROOT } from './memory-index.ts';

const DOCS = ['每千人口医疗卫生机构床位数达到7.50张', '每千常住人口床位数', '托位数 2025', '床位 数据', '托育服务'];
const flexIndex = () => new Index({ encode: tokenize, tokenize: 'strict', resolution: 1 });

/** The same documents in a FlexSearch index and in the build's posting lists, ids in order. */
function indexBoth(texts: readonly string[]): { flex: Index; mine: FieldPostings } {
  const flex = flexIndex();
  const mine = new FieldPostings();
  texts.forEach((t, id) => {
    flex.add(id, t);
    mine.add(id, t);
  });
  return { flex, mine };
}

/** FlexSearch's exported map: term → the ids of its one score slot. */
async function exportedMap(flex: Index): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  await flex.export((key, data) => {
    if (key.endsWith('map'))
      for (const [term, slots] of JSON.parse(data) as [string, number[][]][]) out.set(term, slots[0]!);
  });
  return out;
}

/** Every text-field list written into the term files, read back from them. */
function writtenLists(postings: FieldPostings): Map<string, number[]> {
  const files = new Map<string, Uint8Array>();
  writeTermFiles((n, b) => files.set(n, b), new FieldPostings(), postings, new FactStore(0), {
    targets: 0,
    tasks: 0,
    unfiled: 0,
  });
  const out = new Map<string, number[]>();
  for (const bytes of files.values()) for (const e of decodeTermEntries(bytes)) out.set(e.term, decodeGaps(e.text));
  return out;
}

/** Paragraph-sized pieces of the project plans. */
function projectTexts(): string[] {
  const dir = join(ROOT, 'content', 'plans');
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.yaml'))
    .flatMap((file) => decodeBytes(readFileSync(join(dir, file)), file).text.split(/\n+/u))
    .filter((t) => t.trim() !== '');
}

describe('posting lists', () => {
  it('are the map FlexSearch itself exports for the same documents (resolution 1), through the term files', async () => {
    const { flex, mine } = indexBoth(DOCS);
    expect(writtenLists(mine)).toEqual(await exportedMap(flex));
  });

  it('are FlexSearch’s map for the project plans too', async () => {
    const texts = projectTexts();
    const { flex, mine } = indexBoth(texts);
    const exported = await exportedMap(flex);
    const written = writtenLists(mine);
    expect(written.size).toBe(exported.size);
    for (const [term, ids] of exported) expect(written.get(term), term).toEqual(ids);
  });

  it('go back into FlexSearch through import and answer as the original index does', () => {
    const { flex, mine } = indexBoth(DOCS);
    const restored = flexIndex();
    for (const [term, list] of mine.drain())
      restored.import('map', JSON.stringify([[term, [decodeGaps(list.bytes())]]]));
    for (const q of ['床位数', '托位', '7.5', '常住人口床位'])
      expect(restored.search(q, { limit: 100 }), q).toEqual(flex.search(q, { limit: 100 }));
  });
});

describe('the browser’s field index', () => {
  it('loaded with only the lists a query fetched, finds exactly what FlexSearch over every document finds, on the project plans', () => {
    const texts = projectTexts();
    const { flex, mine } = indexBoth(texts);
    const lists = new Map([...mine.drain()].map(([term, list]) => [term, decodeIds(list.bytes())]));
    const queries = [
      '托位',
      '床位数',
      '高血压规范管理率',
      '家庭医生签约',
      '中医馆',
      '2025 床位',
      '每千常住人口床位数',
      '婴幼儿',
      '签约服务',
      '7.5',
      '健康',
      '卫生健康事业发展',
      '不存在的词语',
    ];
    // One index for all the queries, as a page keeps it: lists loaded by one query stay for the next.
    const field = new FieldIndex();
    for (const q of queries) {
      const terms = tokenize(q);
      for (const t of terms) if (lists.has(t)) field.load(t, lists.get(t)!);
      const ours = [...field.search(terms, texts.length)];
      const theirs = (flex.search(q, { limit: texts.length }) as number[]).slice().sort((a, b) => a - b);
      expect(ours, q).toEqual(theirs);
      if (['托位', '床位数', '家庭医生签约', '健康'].includes(q)) expect(ours.length, q).toBeGreaterThan(0);
    }
  });
});

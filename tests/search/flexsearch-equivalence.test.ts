import { Index } from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { decodeDictionary } from '../../src/lib/search/dictionary.ts';
import { fileNames } from '../../src/lib/search/format.ts';
import { tokenize } from '../../src/lib/search/tokenize.ts';
import { decodeGaps } from '../../src/lib/search/varint.ts';
import { FieldPostings } from '../../src/lib/search/build/postings.ts';
import { writeDictionaries } from '../../src/lib/search/build/dictionary-files.ts';

const DOCS = ['每千人口医疗卫生机构床位数达到7.50张', '每千常住人口床位数', '托位数 2025', '床位 数据', '托育服务'];

describe('posting lists', () => {
  it('are the map FlexSearch itself exports for the same documents (resolution 1)', async () => {
    const flex = new Index({ encode: tokenize, tokenize: 'strict', resolution: 1 });
    const mine = new FieldPostings();
    DOCS.forEach((d, id) => {
      flex.add(id, d);
      mine.add(id, d);
    });
    const exported = new Map<string, number[]>();
    await flex.export((key, data) => {
      if (key.endsWith('map')) for (const [term, slots] of JSON.parse(data) as [string, number[][]][]) exported.set(term, slots[0]!);
    });
    const files = new Map<string, Uint8Array>();
    const shards = writeDictionaries((n, b) => files.set(n, b), new Map([['text', mine]]));
    const built = new Map<string, number[]>();
    for (let s = 0; s < shards; s++) {
      for (const e of decodeDictionary(files.get(fileNames.dictionary(s))!)) built.set(e.term, decodeGaps(e.inline ?? files.get(fileNames.postings(s, e.file))!));
    }
    expect(built).toEqual(exported);
  });

  it('go back into FlexSearch through import and answer as the original index does', () => {
    const flex = new Index({ encode: tokenize, tokenize: 'strict', resolution: 1 });
    DOCS.forEach((d, id) => flex.add(id, d));
    const mine = new FieldPostings();
    DOCS.forEach((d, id) => mine.add(id, d));
    const restored = new Index({ encode: tokenize, tokenize: 'strict', resolution: 1 });
    for (const [term, list] of mine.lists) restored.import('map', JSON.stringify([[term, [decodeGaps(list.bytes())]]]));
    for (const q of ['床位数', '托位', '7.5', '常住人口床位']) expect(restored.search(q, { limit: 100 }), q).toEqual(flex.search(q, { limit: 100 }));
  });
});

import { describe, expect, it } from 'vitest';
import { factIds, readFacts, writeFacts, type FactArrays, type TargetFact } from '../../src/lib/search/facts.ts';
import type { Manifest } from '../../src/lib/search/format.ts';
import { decodeHead, encodeHead } from '../../src/lib/search/head.ts';
import { decodePlanTable, encodePlanTable, planOf } from '../../src/lib/search/plan-table.ts';
import { decodeTermEntries, encodeTermEntries, findTermEntry } from '../../src/lib/search/term-file.ts';
import { ByteReader, ByteWriter, decodeIds, encodeGaps } from '../../src/lib/search/varint.ts';

describe('gap-coded ids', () => {
  it('round-trip with one-byte and many-byte gaps, and stop early at a limit', () => {
    const ids = [0, 1, 2, 127, 128, 300, 16_384, 16_385, 2_000_000, 2_000_001, 300_000_000];
    expect([...decodeIds(encodeGaps(ids))]).toEqual(ids);
    expect([...decodeIds(encodeGaps(ids), 0, encodeGaps(ids).length, 16_384)]).toEqual([0, 1, 2, 127, 128, 300]);
  });

  it('write and read signed and unsigned varints and chunks', () => {
    const w = new ByteWriter();
    for (const v of [0, -1, 1, -64, 64, -100_000, 100_000]) w.signed(v);
    w.varint(2 ** 40);
    w.chunk(Uint8Array.from([7, 8, 9]));
    const r = new ByteReader(w.bytes());
    expect([0, 0, 0, 0, 0, 0, 0].map(() => r.signed())).toEqual([0, -1, 1, -64, 64, -100_000, 100_000]);
    expect(r.varint()).toBe(2 ** 40);
    expect([...r.chunk()]).toEqual([7, 8, 9]);
    expect(r.done).toBe(true);
  });
});

describe('term files', () => {
  it('hold several terms and find each one (a bucket), or none', () => {
    const entries = ['托位', '床位', '7.5'].map((term, i) => ({
      term,
      name: encodeGaps([i]),
      text: encodeGaps([i, i + 10]),
      facts: Uint8Array.from([i]),
    }));
    const bytes = encodeTermEntries(entries);
    expect(decodeTermEntries(bytes).map((e) => e.term)).toEqual(['托位', '床位', '7.5']);
    expect([...decodeIds(findTermEntry(bytes, '床位')!.text)]).toEqual([1, 11]);
    expect(findTermEntry(bytes, '位数')).toBeNull();
    expect(findTermEntry(new Uint8Array(0), '托位')).toBeNull();
  });
});

describe('facts', () => {
  it('are read back for the targets and tasks of a term, whichever list holds them', () => {
    const layout = { targets: 10, tasks: 5, unfiled: 8 };
    const targets: Record<number, TargetFact> = {
      2: { plan: 40, year: 2025, attribute: 2, topics: 0 },
      3: { plan: 3, year: null, attribute: 0, topics: 0 },
      9: { plan: 41, year: 2035, attribute: 1, topics: 2 ** 5 + 1 },
    };
    const name = Int32Array.from([2, 9, 11]);
    const text = Int32Array.from([3, 9, 12, 20]);
    const ids = factIds(name, text, layout.targets + layout.tasks);
    expect([...ids]).toEqual([2, 3, 9, 11, 12]);
    const w = new ByteWriter();
    writeFacts(
      w,
      ids,
      layout,
      (id) => targets[id]!,
      (id) => id * 2,
    );
    const a: FactArrays = {
      plan: new Int32Array(10).fill(-1),
      year: new Uint16Array(10),
      attribute: new Uint8Array(10),
      unfiledTopics: new Map(),
      taskTopics: new Float64Array(5).fill(-1),
    };
    readFacts(new ByteReader(w.bytes()), ids, layout, a);
    expect([a.plan[2], a.year[2], a.attribute[2]]).toEqual([40, 2025, 2]);
    expect([a.plan[3], a.year[3], a.attribute[3]]).toEqual([3, 0, 0]);
    expect([a.plan[9], a.year[9], a.attribute[9], a.unfiledTopics.get(9)]).toEqual([41, 2035, 1, 33]);
    expect([a.taskTopics[1], a.taskTopics[2]]).toEqual([22, 24]);
    expect(a.plan[0]).toBe(-1);
  });
});

describe('the head file and the plan table', () => {
  it('carry the manifest, its big-term table sorted for lookup, and every plan', () => {
    const manifest = {
      version: 'abc',
      counts: { target: 3, task: 4, paragraph: 5 },
      unfiled: 3,
      blocks: { target: 1, task: 1, paragraph: 1 },
      buckets: 16,
      big: { terms: ['服务', '管理'], bytes: [64 * 10, 64 * 300], files: [1, 0] },
      plans: 2,
      planIdBlock: 256,
      planIdBuckets: 1,
      provinces: ['云南省', ''],
      topics: [{ id: 't', name: '主题' }],
      indicators: [],
    } as unknown as Manifest;
    const m = decodeHead(encodeHead(manifest));
    expect(m.version).toBe('abc');
    expect(m.big.terms).toEqual(['服务', '管理']);
    expect([...Array.from(m.big.bytes)]).toEqual([640, 19_200]);
    expect([...Array.from(m.big.files)]).toEqual([1, 0]);
    const table = decodePlanTable(
      encodePlanTable([
        { province: 0, level: 4, start: 2023, end: 2025, tasks: 2, paragraphs: 3, region: '开远市' },
        { province: 1, level: -1, start: 2021, end: 2030, tasks: 0, paragraphs: 2, region: '甲\n市' },
        { province: 0, level: 2, start: 2023, end: 2025, tasks: 2, paragraphs: 0, region: '乙市' },
      ]),
      3,
      7,
    );
    expect(table.region).toEqual(['开远市', '甲 市', '乙市']);
    expect([...table.firstTask]).toEqual([3, 5, 5]);
    expect([...table.firstParagraph]).toEqual([7, 10, 12]);
    expect(table.level[1]).toBe(255);
    expect(table.periods).toEqual([
      [2023, 2025],
      [2021, 2030],
    ]);
    expect([...table.period]).toEqual([0, 1, 0]);
    // A plan without tasks owns none of them.
    expect([3, 4, 5, 6].map((id) => planOf(table.firstTask, id))).toEqual([0, 0, 2, 2]);
  });
});

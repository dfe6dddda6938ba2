import { describe, expect, it } from 'vitest';
import { BIG_BUDGET, BigTerms, chooseTerms, MAX_FILES } from '../../src/lib/search/choose.ts';
import { emptyColumns, facetCounts, setHit, DIMS, type Filters, type HitFacts } from '../../src/lib/search/facets.ts';
import { ATTRIBUTES, KINDS, LEVELS } from '../../src/lib/search/format.ts';
import type { PlanTable } from '../../src/lib/search/plan-table.ts';
import { rankHits, TIER_COUNT } from '../../src/lib/search/rank.ts';
import { seeded } from '../../src/lib/search/synthetic/random.ts';

const random = seeded(7);
const sortedSample = (n: number, max: number) =>
  Int32Array.from([...new Set(Array.from({ length: n }, () => Math.floor(random() * max)))].sort((a, b) => a - b));

describe('rankHits', () => {
  it('puts every hit once at its best tier, each tier ascending, as a naive ranking does', () => {
    const counts = { target: 300, task: 200, paragraph: 500 };
    for (let round = 0; round < 20; round++) {
      const name = sortedSample(60, 500);
      const text = sortedSample(300, 1000);
      const exact = Int32Array.from({ length: 20 }, (_, i) => 40 + i);
      const part = Int32Array.from({ length: 30 }, (_, i) => 100 + i);
      const tiers = rankHits({ name, text, indicatorExact: exact, indicatorPart: part }, counts);
      // The reference: the best tier of each id over all the lists it is in.
      const best = new Map<number, number>();
      const offer = (id: number, tier: number) => best.set(id, Math.min(best.get(id) ?? 99, tier));
      for (const id of exact) offer(id, 0);
      for (const id of name) offer(id, id < 300 ? 1 : 4);
      for (const id of part) offer(id, 2);
      for (const id of text) offer(id, id < 300 ? 3 : id < 500 ? 5 : 6);
      const expected = Array.from({ length: TIER_COUNT }, (_, t) =>
        [...best]
          .filter(([, b]) => b === t)
          .map(([id]) => id)
          .sort((a, b) => a - b),
      );
      expect(tiers.map((t) => [...t])).toEqual(expected);
    }
  });
});

describe('chooseTerms', () => {
  const big = new BigTerms({
    terms: ['医生', '家庭', '服务', '签约'].sort(),
    bytes: [40_000, 30_000, 200_000, 20_000],
    files: [0, 1, 2, 3],
  });

  it('fetches small terms first, spread over the phrase, and at most a few files', () => {
    const choice = chooseTerms(
      ['甲乙', '乙丙', '丙丁', '丁戊', '戊己'],
      ['甲乙', '乙丙', '丙丁', '丁戊', '戊己'],
      big,
      16,
    );
    expect(choice.use.map((u) => u.term)).toEqual(['甲乙', '丙丁', '戊己']);
    expect(choice.skipped).toEqual(['乙丙', '丁戊']);
    expect(choice.use.every((u) => /^t\d+\.bin$/u.test(u.file))).toBe(true);
  });

  it('fetches big terms rarest first within the budget, and always one when nothing else bounds the hits', () => {
    const choice = chooseTerms(['家庭', '医生', '签约', '服务'], ['家庭', '医生', '签约', '服务'], big, 16);
    expect(choice.use.map((u) => u.term)).toEqual(['签约', '家庭']);
    expect(choice.use.map((u) => u.file)).toEqual(['b3.bin', 'b1.bin']);
    expect(chooseTerms(['服务'], ['服务'], big, 16).use.map((u) => u.term)).toEqual(['服务']);
    expect(MAX_FILES).toBeGreaterThanOrEqual(2);
    expect(BIG_BUDGET).toBeGreaterThan(30_000);
  });

  it('gives the name field one of its own terms when the chosen ones are years', () => {
    const choice = chooseTerms(
      ['2025', '服务'],
      ['服务'],
      new BigTerms({ terms: ['2025', '服务'], bytes: [100, 200_000], files: [0, 1] }),
      16,
    );
    expect(choice.use.map((u) => u.term)).toEqual(['2025', '服务']);
  });
});

describe('facetCounts', () => {
  it('counts every value over the hits passing the other dimensions’ filters, as a naive count does', () => {
    const plans: PlanTable = {
      province: Uint16Array.from([0, 1, 1, 2]),
      level: Uint8Array.from([2, 4, 255, 3]),
      start: Uint16Array.from([2021, 2021, 2023, 2021]),
      end: Uint16Array.from([2025, 2025, 2025, 2025]),
      firstTask: new Int32Array(4),
      firstParagraph: new Int32Array(4),
      region: ['甲', '乙', '丙', '丁'],
      period: Uint16Array.from([0, 0, 1, 0]),
      periods: [
        [2021, 2025],
        [2023, 2025],
      ],
    };
    const m = {
      provinces: ['云南省', '河北省', ''],
      topics: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
    };
    const hits: HitFacts[] = Array.from({ length: 400 }, () => ({
      kind: Math.floor(random() * 3),
      plan: Math.floor(random() * 5) - 1,
      year: random() < 0.2 ? 0 : 2020 + Math.floor(random() * 6),
      attribute: Math.floor(random() * 3),
      topics: random() < 0.2 ? -1 : Math.floor(random() * 8),
    }));
    const columns = emptyColumns(hits.length);
    hits.forEach((f, i) => setHit(columns, i, 1000 + i, f, plans));
    // The same values as strings, the way the page and the URL name them.
    const values = (f: HitFacts): Record<string, string[]> => ({
      kind: [KINDS[f.kind]!],
      province: f.plan >= 0 && m.provinces[plans.province[f.plan]!] ? [m.provinces[plans.province[f.plan]!]!] : [],
      region: f.plan >= 0 ? [String(f.plan)] : [],
      level: f.plan >= 0 && plans.level[f.plan]! < 5 ? [LEVELS[plans.level[f.plan]!]!] : [],
      period: f.plan >= 0 ? [`${plans.start[f.plan]}-${plans.end[f.plan]}`] : [],
      year: f.year > 0 ? [String(f.year)] : [],
      topic: f.topics < 0 ? [] : m.topics.filter((_, t) => Math.floor(f.topics / 2 ** t) % 2 === 1).map((t) => t.id),
      attribute: f.attribute > 0 ? [ATTRIBUTES[f.attribute - 1]!] : [],
    });
    const filterSets: Filters[] = [
      {},
      { kind: 'target' },
      { kind: 'task', province: '河北省' },
      { topic: 'b', year: '2024' },
      { region: '2', attribute: '约束性', level: 'county' },
      { period: '2023-2025', province: '无此省' },
    ];
    for (const filters of filterSets) {
      const result = facetCounts(columns, filters, { m, plans });
      const active = DIMS.filter((d) => filters[d] !== undefined);
      for (const d of DIMS) {
        const expected = new Map<string, number>();
        hits.forEach((f) => {
          const v = values(f);
          if (active.some((a) => a !== d && !v[a]!.includes(filters[a]!))) return;
          for (const value of v[d]!) expected.set(value, (expected.get(value) ?? 0) + 1);
        });
        expect(new Map([...result.counts[d]].sort()), `${JSON.stringify(filters)} ${d}`).toEqual(
          new Map([...expected].sort()),
        );
      }
      const kept = hits.flatMap((f, i) => (active.every((a) => values(f)[a]!.includes(filters[a]!)) ? [1000 + i] : []));
      expect(result.kept).toEqual(kept);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { pageByProvince, partsOf } from '../../src/lib/site/paging/by-province.ts';
import { provinceKey } from '../../src/lib/site/shards/catalog.ts';
import type { PlanRecord } from '../../src/lib/types.ts';

const plan = (id: string, province: string | null) => ({ id, province }) as PlanRecord;
const rows = (n: number, province: string | null, prefix = province ?? 'x') =>
  Array.from({ length: n }, (_, i) => plan(`${prefix}-${i}`, province));

describe('listings paged by province', () => {
  it('keeps a short listing on one page', () => {
    const paged = pageByProvince(rows(5, '甲省'), (p) => p, 10);
    expect(paged.split).toBe(false);
    expect(paged.parts).toHaveLength(1);
    expect(paged.parts[0]!.key).toBe('');
    expect(paged.parts[0]!.rows).toHaveLength(5);
    expect(paged.provinces).toEqual([{ name: '甲省', key: provinceKey('甲省'), rows: 5, plans: 5 }]);
  });

  it('splits a long one by province, and a long province into numbered slices', () => {
    const all = [...rows(25, '乙省'), ...rows(4, '甲省'), ...rows(3, null)];
    const paged = pageByProvince(all, (p) => p, 10);
    expect(paged.split).toBe(true);
    const yi = partsOf(paged, '乙省');
    expect(yi.map((p) => [p.key, p.page, p.pages, p.rows.length])).toEqual([
      [provinceKey('乙省'), 1, 3, 10],
      [`${provinceKey('乙省')}-2`, 2, 3, 10],
      [`${provinceKey('乙省')}-3`, 3, 3, 5],
    ]);
    expect(partsOf(paged, '未注明省份')[0]!.rows).toHaveLength(3);
    // every row is on exactly one page
    expect(paged.parts.flatMap((p) => p.rows)).toHaveLength(all.length);
    expect(new Set(paged.parts.map((p) => p.key)).size).toBe(paged.parts.length);
  });

  it('counts plans, not rows, per province', () => {
    const one = plan('a', '甲省');
    const paged = pageByProvince([one, one, one], (p) => p, 10);
    expect(paged.provinces[0]).toMatchObject({ rows: 3, plans: 1 });
  });
});

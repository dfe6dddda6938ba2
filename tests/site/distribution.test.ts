import { describe, expect, it } from 'vitest';
import { layoutSpreads, spreads } from '../../src/lib/site/distribution.ts';

describe('target spreads', () => {
  const items = [
    { g: '乙省', v: 3 },
    { g: '甲省', v: 1 },
    { g: '乙省', v: 9 },
    { g: '乙省', v: 6 },
    { g: '甲省', v: 2 },
  ];

  it('summarises each group: count, least, median, greatest, in the order given', () => {
    const rows = spreads(
      items,
      (i) => i.g,
      (i) => i.v,
      (a, b) => b.localeCompare(a, 'zh'),
    );
    expect(rows).toEqual([
      { label: '乙省', count: 3, min: 3, median: 6, max: 9 },
      { label: '甲省', count: 2, min: 1, median: 1.5, max: 2 },
    ]);
  });

  it('puts every row on one axis from the least to the greatest value', () => {
    const rows = spreads(
      items,
      (i) => i.g,
      (i) => i.v,
      (a, b) => a.localeCompare(b, 'zh'),
    );
    const layout = layoutSpreads(rows);
    expect(layout.axis).toEqual({ min: 1, max: 9 });
    expect(layout.x(1)).toBeLessThan(layout.x(6));
    expect(layout.x(9)).toBeLessThan(layout.width);
    expect(layout.x(1)).toBeGreaterThan(layout.labelWidth);
  });

  it('centres a single value rather than dividing by zero', () => {
    const layout = layoutSpreads([{ label: 'a', count: 1, min: 5, median: 5, max: 5 }]);
    expect(Number.isFinite(layout.x(5))).toBe(true);
  });
});

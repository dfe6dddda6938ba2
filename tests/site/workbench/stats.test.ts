import { describe, expect, it } from 'vitest';
import { median, peerSummary, type PeerFigure } from '../../../src/lib/site/workbench/stats.ts';

const ranked = (plan: string, value: number, year = 2025): PeerFigure => ({
  plan,
  rank: { year, value, op: '=' },
  reason: null,
});
const notComparable = (plan: string, reason: string): PeerFigure => ({ plan, rank: null, reason });

describe('median', () => {
  it('takes the middle, or the mean of the two middles without binary noise', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([5.8, 6.5])).toBe(6.15);
    expect(median([7, 7, 7, 7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe('peerSummary', () => {
  it('counts every peer that sets it, but ranges only over comparable ones of the year', () => {
    const s = peerSummary(
      [ranked('a', 6.5), null, ranked('b', 5.8), ranked('c', 7.2, 2030), notComparable('d', '单位“张/户”与“张”不同')],
      2025,
    );
    expect(s.set).toBe(4);
    expect(s.comparable.map((f) => f.plan)).toEqual(['a', 'b']);
    expect([s.min, s.max, s.median]).toEqual([5.8, 6.5, 6.15]);
    expect(s.excluded).toEqual([
      { plan: 'c', reason: '目标年为2030年，起草的是2025年' },
      { plan: 'd', reason: '单位“张/户”与“张”不同' },
    ]);
  });

  it('has no range when nothing is comparable', () => {
    const s = peerSummary([notComparable('a', '无具体数值'), null], 2025);
    expect(s).toMatchObject({ set: 1, min: null, max: null, median: null });
    expect(s.comparable).toEqual([]);
  });

  it('gives a reason even when the shard gave none', () => {
    expect(peerSummary([{ plan: 'a', rank: null, reason: null }], 2025).excluded).toEqual([
      { plan: 'a', reason: '不可比' },
    ]);
  });
});

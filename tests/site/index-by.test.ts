import { describe, expect, it } from 'vitest';
import { byId, indexBy, recordsWith, requireId } from '../../src/lib/site/data/index-by.ts';

const rows = [
  { id: 'a', plan: 'p1', n: 1 },
  { id: 'b', plan: 'p2', n: 2 },
  { id: 'c', plan: 'p1', n: 3 },
];

describe('record indexes', () => {
  it('groups by a key, keeping the original order inside each group', () => {
    expect(recordsWith(rows, 'plan', 'p1').map((r) => r.id)).toEqual(['a', 'c']);
    expect(recordsWith(rows, 'plan', 'p2').map((r) => r.id)).toEqual(['b']);
    expect(recordsWith(rows, 'plan', 'p9')).toEqual([]);
  });

  it('finds by id', () => {
    expect(byId(rows, 'c')?.n).toBe(3);
    expect(byId(rows, 'z')).toBeUndefined();
    expect(requireId(rows, 'b', 'row').n).toBe(2);
    expect(() => requireId(rows, 'z', 'topic')).toThrow('no topic "z"');
  });

  it('builds each index once per list and key, and keeps lists apart', () => {
    expect(indexBy(rows, 'plan')).toBe(indexBy(rows, 'plan'));
    expect(indexBy(rows, 'plan')).not.toBe(indexBy(rows, 'id'));
    const other = rows.slice(0, 1);
    expect(recordsWith(other, 'plan', 'p1').map((r) => r.id)).toEqual(['a']);
  });

  it('groups null keys together', () => {
    const mixed = [{ indicator: null }, { indicator: 'x' }, { indicator: null }];
    expect(recordsWith(mixed, 'indicator', null)).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { choiceQuery, parseChoice } from '../../../src/lib/site/workbench/query.ts';

describe('the workbench URL', () => {
  it('round-trips a plan in the library with its peers', () => {
    const c = parseChoice('?plan=wuhan-21&year=2025&peers=yichang,xiangyang');
    expect(c).toEqual({
      plan: 'wuhan-21',
      region: null,
      province: null,
      level: null,
      year: 2025,
      peers: ['yichang', 'xiangyang'],
    });
    expect(choiceQuery(c)).toBe('?plan=wuhan-21&year=2025&peers=yichang,xiangyang');
  });

  it('round-trips a new region by name, province and level', () => {
    const q = choiceQuery({
      plan: null,
      region: '新区',
      province: '湖北省',
      level: 'district',
      year: 2030,
      peers: null,
    });
    expect(parseChoice(q)).toEqual({
      plan: null,
      region: '新区',
      province: '湖北省',
      level: 'district',
      year: 2030,
      peers: null,
    });
  });

  it('carries the values typed, and drops those that are not numbers', () => {
    const q = choiceQuery({
      plan: 'a',
      region: null,
      province: null,
      level: null,
      year: 2025,
      peers: ['b'],
      values: { mmr: 11, beds: 6.8 },
    });
    expect(q).toBe('?plan=a&year=2025&peers=b&v=mmr:11,beds:6.8');
    expect(parseChoice(q).values).toEqual({ mmr: 11, beds: 6.8 });
    expect(parseChoice('?plan=a&v=mmr:abc,beds:,:3,life:80').values).toEqual({ life: 80 });
    expect(parseChoice('?plan=a').values).toBeUndefined();
  });

  it('drops what it cannot read and keeps an emptied peer list empty', () => {
    expect(parseChoice('?level=town&year=abc&peers=')).toMatchObject({ level: null, year: null, peers: [] });
    expect(parseChoice('?peers=a,a,b&peers=c').peers).toEqual(['a', 'b', 'c']);
    expect(choiceQuery({ plan: null, region: null, province: null, level: null, year: null, peers: null })).toBe('');
  });
});

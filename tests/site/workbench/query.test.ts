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

  it('drops what it cannot read and keeps an emptied peer list empty', () => {
    expect(parseChoice('?level=town&year=abc&peers=')).toMatchObject({ level: null, year: null, peers: [] });
    expect(parseChoice('?peers=a,a,b&peers=c').peers).toEqual(['a', 'b', 'c']);
    expect(choiceQuery({ plan: null, region: null, province: null, level: null, year: null, peers: null })).toBe('');
  });
});

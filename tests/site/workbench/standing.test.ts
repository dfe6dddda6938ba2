import { describe, expect, it } from 'vitest';
import { ambitionVersus, position, rankAmong } from '../../../src/lib/site/workbench/standing.ts';
import { higherWords, previousWords, rankWords } from '../../../src/lib/site/workbench/words.ts';

const at = (value: number, op: '>=' | '<=' | '>' | '<' | '=' | '~' | null = null) => ({ value, op });

describe('rankAmong', () => {
  it('ranks a higher-is-better proposal, 1 being the most ambitious', () => {
    expect(rankAmong(80, [at(79), at(81), at(78.5)], 'higher')).toEqual({ rank: 2, of: 4, tied: 0 });
    expect(rankAmong(82, [at(79), at(81)], 'higher')).toEqual({ rank: 1, of: 3, tied: 0 });
    expect(rankAmong(70, [at(79), at(81)], 'higher')).toEqual({ rank: 3, of: 3, tied: 0 });
  });

  it('turns round where lower is better', () => {
    expect(rankAmong(10, [at(12, '<='), at(8, '<='), at(9.5)], 'lower')).toEqual({ rank: 3, of: 4, tied: 0 });
    expect(rankAmong(7, [at(12), at(8)], 'lower').rank).toBe(1);
  });

  it('shares the better place on a tie, and counts a strict bound past the value as firmer', () => {
    expect(rankAmong(80, [at(80, '>='), at(80), at(81)], 'higher')).toEqual({ rank: 2, of: 4, tied: 2 });
    // ">80" promises more than reaching 80
    expect(rankAmong(80, [at(80, '>')], 'higher')).toEqual({ rank: 2, of: 2, tied: 0 });
    // "about 80" promises less
    expect(rankAmong(80, [at(80, '~')], 'higher')).toEqual({ rank: 1, of: 2, tied: 0 });
  });

  it('stands alone without comparable peers', () => {
    expect(rankAmong(5, [], 'lower')).toEqual({ rank: 1, of: 1, tied: 0 });
    expect(rankWords(rankAmong(5, [], 'lower'))).toBe('无可比的同类地区目标');
  });
});

describe('against the level above and the last plan', () => {
  it('says above or below, and whether that meets the higher target, by direction', () => {
    expect(position(11, 12)).toBe('below');
    expect(higherWords(position(11, 12), ambitionVersus(11, at(12, '<='), 'lower'))).toBe('低于上级目标，比上级更积极');
    expect(higherWords(position(13, 12), ambitionVersus(13, at(12, '<='), 'lower'))).toBe('高于上级目标，未达上级要求');
    expect(higherWords(position(81, 80), ambitionVersus(81, at(80), 'higher'))).toBe('高于上级目标，比上级更积极');
    expect(higherWords(position(80, 80), ambitionVersus(80, at(80, '>='), 'higher'))).toBe('与上级目标持平');
  });

  it('compares ambition with the last plan', () => {
    expect(previousWords(ambitionVersus(6.8, at(6.5), 'higher'))).toBe('比上期目标更积极');
    expect(previousWords(ambitionVersus(12, at(10, '<='), 'lower'))).toBe('不及上期目标积极');
    expect(previousWords(ambitionVersus(10, at(10, '<='), 'lower'))).toBe('与上期目标同样积极');
  });

  it('words ties and ranks', () => {
    expect(rankWords({ rank: 2, of: 4, tied: 1 })).toBe('在 4 个目标中居第 2 位（1 为最积极，与 1 地并列）');
    expect(rankWords({ rank: 1, of: 3, tied: 0 })).toBe('在 3 个目标中居第 1 位（1 为最积极）');
  });
});

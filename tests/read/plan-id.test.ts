import { describe, expect, it } from 'vitest';
import { planId } from '../../src/lib/read/plan-id.ts';

const URL_SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

describe('planId', () => {
  it('keeps a name that is already URL-safe, so existing ids do not change', () => {
    expect(planId('wuhan-jingkai-health-2021-2025')).toBe('wuhan-jingkai-health-2021-2025');
    expect(planId('000_b4e09393fd9b3a5d')).toBe('000_b4e09393fd9b3a5d');
    expect(planId('sample_shiquan.v2')).toBe('sample_shiquan.v2');
  });

  it('joins subfolders with "-"', () => {
    expect(planId('hubei/wuhan-2021')).toBe('hubei-wuhan-2021');
  });

  it.each(['plan #2', 'plan?x=1', '武汉 规划', '十四五规划', 'a/b c', '.hidden', 'a%20b', 'a&b', '-lead'])(
    'makes %j a URL-safe, deterministic slug',
    (stem) => {
      const id = planId(stem);
      expect(id).toMatch(URL_SAFE);
      expect(encodeURIComponent(id)).toBe(id);
      expect(planId(stem)).toBe(id);
    },
  );

  it('keeps the safe letters and tells similar names apart', () => {
    expect(planId('plan #2')).toMatch(/^plan-2-[0-9a-f]{8}$/);
    expect(planId('十四五规划')).toMatch(/^plan-[0-9a-f]{8}$/);
    // (hubei/x and hubei-x do meet; the loader reports that as a duplicate id.)
    const names = ['plan #2', 'plan ?2', 'plan 2', 'plan-2', 'plan/2 ', '规划一', '规划二'];
    expect(new Set(names.map(planId)).size).toBe(names.length);
  });
});

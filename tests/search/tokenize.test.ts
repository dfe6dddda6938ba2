import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/search/query.ts';
import { tokenize } from '../../src/lib/search/tokenize.ts';

describe('tokenize', () => {
  it('cuts Han text into overlapping character pairs', () => {
    expect(tokenize('托位')).toEqual(['托位']);
    expect(tokenize('床位数')).toEqual(['床位', '位数']);
    expect(tokenize('婴幼儿')).toEqual(['婴幼', '幼儿']);
  });

  it('needs no spaces, and a query’s pairs are always among the pairs of a text that holds it', () => {
    const text = '到2025年，每千常住人口3岁以下婴幼儿托位数达到4.5个。';
    for (const q of ['托位', '婴幼儿托位数', '常住人口', '每千常住人口3岁以下婴幼儿托位数']) {
      const terms = new Set(tokenize(text));
      expect(
        tokenize(q).every((t) => terms.has(t)),
        q,
      ).toBe(true);
    }
  });

  it('keeps numbers whole, drops trailing decimal zeros and reads full-width forms', () => {
    expect(tokenize('7.50张')).toEqual(['7.5', '张']);
    expect(tokenize('７．５')).toEqual(['7.5']);
    expect(tokenize('2025 床位')).toEqual(['2025', '床位']);
    expect(tokenize('每10万人口ICU床位数')).toEqual(['每', '10', '万人', '人口', 'icu', '床位', '位数']);
  });

  it('treats punctuation and spaces as breaks, never as terms', () => {
    expect(tokenize('高血压、糖尿病')).toEqual(['高血', '血压', '糖尿', '尿病']);
    expect(tokenize('  ')).toEqual([]);
  });

  it('is the same function at index and query time, so cutting is deterministic', () => {
    const q = parseQuery('家庭医生签约');
    expect(q.terms).toEqual(tokenize('家庭医生签约'));
    expect(parseQuery('2025 床位').years).toEqual([2025]);
  });
});

import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../src/lib/schemas/http-url.ts';
import { referenceEntry } from '../../src/lib/site/citation/reference.ts';

describe('httpUrl, the one gate for metadata values in href/src', () => {
  it.each([
    'javascript:alert(1)',
    'javascript://example.com/%0aalert(1)',
    'jav\tascript:alert(1)',
    '\u0001http://example.com/',
    'http://example.com/\u0000',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///C:/x',
    '//example.com/a',
    'http:/example.com',
    'http://example.com/\u3000',
    '',
  ])('refuses %j', (value) => {
    expect(httpUrl(value)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(httpUrl(null)).toBeNull();
    expect(httpUrl({ toString: () => 'http://x/' })).toBeNull();
  });

  it('passes http(s) addresses unchanged', () => {
    expect(httpUrl('http://www.example.gov.cn/jia/ghjh/2022/0315.html')).toBe(
      'http://www.example.gov.cn/jia/ghjh/2022/0315.html',
    );
    expect(httpUrl('https://例子.中国/规划?id=1')).toBe('https://例子.中国/规划?id=1');
  });

  it('keeps a refused address out of the citation, which becomes [Z]', () => {
    const plan = {
      title: '甲市卫生健康规划',
      region: '甲市',
      kind: '规划',
      docNumber: null,
      issuer: '甲市人民政府',
      date: '2022-03-15',
      url: 'javascript:alert(document.domain)//',
    };
    expect(referenceEntry(plan, '2026-01-01')).toBe(
      '甲市人民政府. 甲市卫生健康规划[Z]. 甲市: 甲市人民政府, 2022-03-15.',
    );
    expect(referenceEntry({ ...plan, url: 'https://example.gov.cn/a' }, '2026-01-01')).toContain(
      '[EB/OL]. (2022-03-15)[2026-01-01]. https://example.gov.cn/a.',
    );
  });
});

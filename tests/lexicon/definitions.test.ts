import { describe, expect, it } from 'vitest';
import { lexicon } from './project-lexicon.ts';

// The documents a reference may cite: WS/T 598 parts and national plans or statements. A reference
// outside these is either a new confirmed source (add it here) or a guess (leave it null).
const SOURCES = [
  /^WS\/T 598\.[1-9]—2018 卫生统计指标 第[1-9]部分：\S+$/u,
  /^“十四五”国民健康规划$/u,
  /^健康中国行动（2019—2030年）$/u,
  /^健康中国行动—(?:癌症|心脑血管疾病)防治行动实施方案（2023—2030年）$/u,
  /^国务院关于实施健康中国行动的意见（国发〔2019〕13号）$/u,
  /^中国防治慢性病中长期规划（2017—2025年）$/u,
  /^中华人民共和国国民经济和社会发展第十五个五年规划纲要$/u,
];

describe('canonical indicator definitions', () => {
  it('every indicator says what it counts, in one or two sentences', () => {
    for (const e of lexicon.indicators) {
      expect(e.definition, e.id).toMatch(/。$/u);
      expect((e.definition ?? '').split('。').length - 1, e.id).toBeLessThanOrEqual(2);
    }
  });

  it('a reference cites only known national sources, each once', () => {
    for (const e of lexicon.indicators) {
      if (e.reference === null || e.reference === undefined) continue;
      const parts = e.reference.split('；');
      expect(new Set(parts).size, e.id).toBe(parts.length);
      for (const p of parts)
        expect(
          SOURCES.some((s) => s.test(p)),
          `${e.id}: ${p}`,
        ).toBe(true);
    }
  });

  it('a per-mille or per-10万 rate says its base in the definition', () => {
    for (const e of lexicon.indicators.filter((i) => i.unit === '‰' || i.unit === '/10万')) {
      expect(e.definition, e.id).toMatch(e.unit === '‰' ? /‰/u : /每10万/u);
    }
  });
});

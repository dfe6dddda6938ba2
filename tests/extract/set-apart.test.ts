import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { sourceDoc } from '../helpers/source-doc.ts';
import { nullLexicon } from './null-lexicon.ts';

describe('what reading set apart', () => {
  it("adds the reader's counts and the reading view's by kind", () => {
    const text = [
      '一、发展目标',
      '到2025年，每千人口床位数达到',
      '— 1 —',
      '7.5张。',
      '— 2 —',
      '二、主要任务',
      '完善服务。',
      '',
    ];
    const result = extractPlan(sourceDoc(text.join('\n'), { setApart: { chrome: 2, 'page-number': 1 } }), nullLexicon);
    expect(result.setApart).toEqual({ chrome: 2, 'page-number': 3 });
    expect(result.indicators.map((t) => t.valueText)).toEqual(['7.5张']);
  });
});

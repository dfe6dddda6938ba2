import { describe, expect, it } from 'vitest';
import { lexicon } from './project-lexicon.ts';

describe('topicsFor', () => {
  it('finds the topics of typical plan sentences', () => {
    expect(lexicon.topicsFor('到2025年,每千人口拥有3岁以下婴幼儿托位数达到4.5个')).toContain('childcare');
    expect(lexicon.topicsFor('推进中医馆、国医堂建设,提升蒙医药服务能力')).toEqual(['tcm']);
    expect(lexicon.topicsFor('高血压、糖尿病患者规范管理率达到80%以上')).toEqual(['chronic-disease']);
    expect(lexicon.topicsFor('建设“12分钟”急救圈,每万人口救护车数量达到0.4辆')).toContain('emergency');
    expect(lexicon.topicsFor('严重精神障碍患者规范管理率达到90%')).toContain('mental-health');
  });

  it('returns topics in lexicon order, each once', () => {
    const ids = lexicon.topics.map((t) => t.id);
    const found = lexicon.topicsFor('加强基层医疗卫生机构中医馆建设,为65岁以上老年人提供中医药健康管理');
    expect(found).toEqual(ids.filter((id) => found.includes(id)));
    expect(found).toEqual(expect.arrayContaining(['primary-care', 'tcm', 'elderly']));
  });

  it('ignores width and spacing differences', () => {
    expect(lexicon.topicsFor('托 育')).toEqual(['childcare']);
    expect(lexicon.topicsFor('推进“互联网＋医疗健康”')).toContain('digital-health');
  });

  it('gives nothing for text without keywords', () => {
    expect(lexicon.topicsFor('')).toEqual([]);
    expect(lexicon.topicsFor('加强组织领导')).toEqual([]);
  });
});

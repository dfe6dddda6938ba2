import { describe, expect, it } from 'vitest';
import { foldName, foldText } from '../../src/lib/lexicon/fold-name.ts';
import { unitKind, unitsAgree } from '../../src/lib/lexicon/unit-kind.ts';

describe('foldName', () => {
  it('makes full- and half-width forms agree', () => {
    expect(foldName('每千人口执业（助理）医师数')).toBe(foldName('每千人口执业(助理)医师数'));
    expect(foldName('每千人口０－３岁婴幼儿托位数')).toBe(foldName('每千人口0-3岁婴幼儿托位数'));
    expect(foldName('好于Ⅲ类')).toBe(foldName('好于III类'));
  });

  it('drops spaces of every kind and quotes', () => {
    expect(foldText('指\u2002\u2002标 名\u00a0称\u3000')).toBe('指标名称');
    expect(foldText('“两癌”《标准》')).toBe('两癌标准');
  });

  it('drops a trailing unit parenthetical only', () => {
    for (const unit of [
      '(%)',
      '(‰)',
      '(人)',
      '(张/千人)',
      '(/10万)',
      '(1/10万)',
      '(岁)',
      '(ddds)',
      '(%。)',
      '(1/#)',
      '()',
      '(人/10万人口)',
      '(亿元)',
    ]) {
      expect(foldName(`某指标${unit}`), unit).toBe('某指标');
    }
    expect(foldName('每千人口执业(助理)')).toBe('每千人口执业(助理)');
    expect(foldName('每万常住人口全科(家庭)')).toBe('每万常住人口全科(家庭)');
    expect(foldName('床位数(其中:基层医疗卫生机构)')).toBe('床位数(其中:基层医疗卫生机构)');
    expect(foldName('某指标(2025)')).toBe('某指标(2025)');
  });

  it('keeps population words', () => {
    expect(foldName('每千常住人口注册护士数')).toContain('常住');
  });
});

describe('unit kinds', () => {
  it('tell rates from counts', () => {
    expect(unitKind('%')).toBe('share');
    expect(unitKind('/10万')).toBe('share');
    expect(unitKind('个百分点')).toBe('share');
    expect(unitKind('张/千人')).toBe('count');
    expect(unitKind('人')).toBe('count');
    expect(unitKind('岁')).toBe('age');
    expect(unitKind('1/#')).toBeNull();
    expect(unitsAgree('%', '‰')).toBe(true);
    expect(unitsAgree('张', '%')).toBe(false);
    expect(unitsAgree('张', null)).toBe(true);
  });
});

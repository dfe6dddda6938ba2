import { describe, expect, it } from 'vitest';
import { lexicon } from './project-lexicon.ts';

const m = (name: string, unit?: string | null) => lexicon.matchIndicator(name, unit);

describe('matchIndicator keeps similar measures apart', () => {
  it('mortality rates of different groups', () => {
    expect(m('孕产妇死亡率')).toBe('maternal-mortality');
    expect(m('5岁以下儿童死亡率')).toBe('under5-mortality');
    expect(m('婴儿死亡率')).toBe('infant-mortality');
    expect(m('全市孕产妇死亡率', '/10万')).toBe('maternal-mortality');
  });

  it('TCM physicians are not all physicians', () => {
    expect(m('每千人口中医执业类(助理)医师数')).toBe('tcm-doctors-per-1000');
    expect(m('每千常住人口中医执业类(助理)医师数')).not.toBe('doctors-per-1000');
    expect(m('中医执业类(助理)医师')).not.toBe('doctors-per-1000');
  });

  it('affordable childcare places are not all places', () => {
    expect(m('每千常住人口婴幼儿普惠性托位')).toBe('public-childcare-places-per-1000');
    expect(m('普惠性托位')).not.toBe('childcare-places-per-1000');
    expect(m('每千常住人口婴幼儿托位')).toBe('childcare-places-per-1000');
  });

  it('GPs per 10,000 are not physicians per 1,000', () => {
    expect(m('每万人口全科医生数')).toBe('gps-per-10000');
    expect(m('每万人口全科医生')).not.toBe('doctors-per-1000');
  });

  it('the primary-care sub-row is not total beds', () => {
    expect(m('每千人口医疗机构床位数(其中:基层医疗卫生机构)')).toBe('primary-beds-per-1000');
    expect(m('每千人口医疗卫生机构床位数(其中:基层医疗卫生机构)')).toBe('primary-beds-per-1000');
    expect(m('其中:基层医疗卫生机构床位数')).not.toBe('beds-per-1000');
    expect(m('基层医疗卫生机构床位')).not.toBe('beds-per-1000');
  });

  it('a combined rate is not one of its parts', () => {
    expect(m('高血压、糖尿病患者规范管理率')).toBe('ncd-management');
    expect(m('高血压患者规范管理率')).toBe('hypertension-management');
  });

  it('a narrower scope blocks containment', () => {
    expect(m('公立二、三级综合医院平均住院日', '天')).toBeNull();
  });
});

describe('matchIndicator reads wordings as written', () => {
  it('the national variants of one measure', () => {
    for (const n of ['每千人口执业(助理)医师数', '每千常住人口执业(助理)医师数', '每千人执业(助理)医师数'])
      expect(m(n)).toBe('doctors-per-1000');
    for (const n of ['每千人口医疗卫生机构床位数', '每千人口医疗机构床位数', '每千人医疗卫生机构床位数'])
      expect(m(n)).toBe('beds-per-1000');
    for (const n of ['每千人口3岁以下婴幼儿托位数', '每千常住人口婴幼儿托位', '每千人口0-3岁婴幼儿托位数'])
      expect(m(n)).toBe('childcare-places-per-1000');
    expect(m('每万常住人口全科(家庭)医生数')).toBe('gps-per-10000');
    expect(m('健康素养水平')).toBe('health-literacy');
  });

  it('full-width and half-width parentheses, digits and dashes agree', () => {
    expect(m('每千人口执业（助理）医师数')).toBe('doctors-per-1000');
    expect(m('每千人口０－３岁婴幼儿托位数')).toBe('childcare-places-per-1000');
    expect(m('30—70岁人群因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致过早死亡率')).toBe(
      'premature-ncd-mortality',
    );
    expect(m('重点流域水质达到或好于III类水体比例')).toBe('water-quality-share');
  });

  it('spaces, quotes and a trailing unit are ignored', () => {
    expect(m('人均\u00a0预期\u3000寿命 (岁)')).toBe('life-expectancy');
    expect(m('婴儿死亡率(%。)')).toBe('infant-mortality');
    expect(m('15岁以上人群吸烟率()')).toBe('smoking-rate-15plus');
    expect(m('适龄妇女两癌目标人群免费筛查率')).toBe('two-cancers-screening');
  });

  it('scope words around an alias are allowed, other words are not', () => {
    expect(m('全区居民健康素养水平')).toBe('health-literacy');
    expect(m('全市每千人口注册护士数量')).toBe('nurses-per-1000');
    expect(m('每千人口注册护士增长率')).toBeNull();
  });

  it('a unit of another kind vetoes a contained alias but not an exact name', () => {
    expect(m('全市每千人口医疗卫生机构床位数', '张')).toBe('beds-per-1000');
    expect(m('全市每千人口医疗卫生机构床位数', '%')).toBeNull();
    expect(m('孕产妇死亡率', '1/#')).toBe('maternal-mortality');
  });

  it('unknown or empty names give null', () => {
    expect(m('')).toBeNull();
    expect(m('市人民医院全省综合医院排名')).toBeNull();
  });
});

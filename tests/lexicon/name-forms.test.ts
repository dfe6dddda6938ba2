import { describe, expect, it } from 'vitest';
import { isStatisticalTarget } from '../../src/lib/lexicon/coverage/statistical.ts';
import { foldBase, nameForms } from '../../src/lib/lexicon/name-forms.ts';
import { lexicon } from './project-lexicon.ts';

const m = (name: string, unit?: string | null) => lexicon.matchIndicator(name, unit);

describe('per-capita names written in other orders', () => {
  it('a base after the verb moves to the front', () => {
    expect(m('婴幼儿托位数达到每千人口', '个')).toBe('childcare-places-per-1000');
    expect(m('婴幼儿托位数达到每千常住人口', '个')).toBe('childcare-places-per-1000');
    expect(m('3岁以下婴幼儿托位数达到每千人', '个')).toBe('childcare-places-per-1000');
    expect(m('疾病预防控制机构人员按照每万人口', '人')).toBe('cdc-staff-per-10000');
    expect(m('妇幼保健机构保健人员按每万人口', '人')).toBe('mch-staff-per-10000');
  });

  it('a base inside the name moves to the front', () => {
    expect(m('中医类别每千人口执业(助理)医师数', '人')).toBe('tcm-doctors-per-1000');
    expect(m('中医类别每千常住人口执业（助理）医师数', '人')).toBe('tcm-doctors-per-1000');
  });

  it('a count per head that leaves out 数', () => {
    expect(m('每万人口全科医生', '名')).toBe('gps-per-10000');
    expect(m('每万常住人口全科医生', '人')).toBe('gps-per-10000');
    expect(m('每千人口注册护士', '人')).toBe('nurses-per-1000');
    expect(m('每万人口比例配备卫生监督员', '人')).toBe('health-inspectors-per-10000');
  });

  it('a registered-population base files under the same indicator (the comparison flags it)', () => {
    expect(m('每千户籍人口医疗卫生机构床位数', '张')).toBe('beds-per-1000');
    expect(m('每十万人口重症医学科床位数', '张')).toBe('icu-beds-per-100k');
  });

  it('a share named by its subject gets its 比例', () => {
    expect(m('开设老年医学科的二级以上综合性医院', '%')).toBe('geriatrics-departments-share');
    expect(m('负压型救护车数量占全部救护车数量', '%')).toBe('negative-pressure-ambulance-share');
    expect(m('乡镇卫生院(社区卫生服务中心)服务能力达到国家基本标准', '%')).toBe('primary-facility-basic-standard');
  });

  it('the new forms keep different measures apart', () => {
    expect(m('每千人口床位为非公立医院预留空间', '张')).toBeNull();
    expect(m('每万人口全科医生', '%')).toBeNull();
    expect(m('全科医生', '名')).toBeNull();
    expect(m('村卫生室人员按照每千服务人口', '名')).toBe('village-staff-per-1000-served');
    expect(m('村卫生室人员按照每千人口', '名')).toBeNull();
    expect(m('中心乡镇卫生院服务能力达到国家推荐标准', '%')).toBe('central-township-recommended-standard');
    expect(m('乡镇卫生院(社区卫生服务中心)服务能力达到推荐标准', '%')).toBe('primary-facility-recommended-standard');
    expect(m('乡镇卫生院床位使用率', '%')).toBe('township-bed-occupancy');
    expect(m('公立综合医院床位使用率', '%')).toBeNull();
    expect(m('每千人口公立中医类医院床位数', '张')).toBeNull();
  });
});

describe('name forms', () => {
  it('fold every spelling of a base to one', () => {
    expect(foldBase('每千常住人口注册护士数')).toBe('每千人口注册护士数');
    expect(foldBase('每千人注册护士数')).toBe('每千人口注册护士数');
    expect(foldBase('每十万人口精神科执业(助理)医师数')).toBe('每10万人口精神科执业(助理)医师数');
    expect(foldBase('每千人次门诊')).toBe('每千人次门诊');
  });

  it('list the name itself first', () => {
    expect(nameForms('每万人口全科医生', '名')[0]).toBe('每万人口全科医生');
    expect(nameForms('婴幼儿托位数达到每千人口', '个')).toContain('每千人口婴幼儿托位数');
  });
});

describe('statistical targets', () => {
  it('rates, shares, per-capita counts and life expectancy are statistical', () => {
    for (const [name, unit] of [
      ['人均预期寿命', '岁'],
      ['每千人口医疗卫生机构床位数', '张'],
      ['婴幼儿托位数达到每千人口', '个'],
      ['孕产妇死亡率', '/10万'],
      ['出生人口性别比', null],
      ['乡镇卫生院床位使用率', '%'],
      ['与县级医院报销比例差距', '个百分点'],
    ] as const)
      expect(isStatisticalTarget({ name, unit }), name).toBe(true);
  });

  it('projects, quotas and per-facility norms are not', () => {
    for (const [name, unit] of [
      ['市人民医院建成省级临床重点专科', '个'],
      ['每年培养全科医生', '名'],
      ['每个次中心开放床位', '张'],
      ['每个乡镇卫生院公共卫生专业人员', '名'],
      ['县财政每年安排基层医疗卫生服务能力提升专项资金', '万元'],
      ['院前急救平均反应时间', '分钟'],
    ] as const)
      expect(isStatisticalTarget({ name, unit }), name).toBe(false);
  });
});

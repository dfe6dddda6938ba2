import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

/** "name|op|value|unit|valueText" of each target. */
function read(body: string): string[] {
  return extract(body).indicators.map((t) => `${t.name}|${t.op}|${t.value}|${t.unit}|${t.valueText}`);
}

describe('targets without a measure word', () => {
  it('reads a ratio or index by the word its name ends in, with or without a comparison', () => {
    expect(read('到2026年，出生人口性别比保持在107左右，基尼系数控制在0.4以下；居民健康素养指数达到30。')).toEqual([
      '出生人口性别比|~|107|null|107左右',
      '基尼系数|<=|0.4|null|0.4以下',
      '居民健康素养指数|=|30|null|30',
    ]);
    expect(read('到2026年,出生人口性别比为103—107,医护比达到1.25.')).toEqual([
      '出生人口性别比|>=|103|null|103—107',
      '医护比|=|1.25|null|1.25',
    ]);
  });

  it('reads a ratio to one as its second figure, any other pair of figures as words only', () => {
    expect(read('到2026年，医护比达到1∶1.2，床护比为1:0.6；医床比达到1：0.6以上，医护比值保持在3∶2。')).toEqual([
      '医护比|=|1.2|null|1∶1.2',
      '床护比|=|0.6|null|1:0.6',
      '医床比|>=|0.6|null|1：0.6以上',
      '医护比值|null|null|null|3∶2',
    ]);
  });

  it('reads any level after a target verb when a comparison word follows it', () => {
    expect(read('住院患者抗菌药物使用强度控制在40以下，平均住院日控制在8.5以内。')).toEqual([
      '住院患者抗菌药物使用强度|<=|40|null|40以下',
      '平均住院日|<=|8.5|null|8.5以内',
    ]);
  });

  it('leaves bare figures, years and unread magnitudes alone', () => {
    expect(read('到2025年以下，床位达到2025。常住人口控制在10万以内，综合评分达到90。')).toEqual([]);
  });

  it('reads defined daily doses as a measure word, half- and full-width', () => {
    expect(
      read('住院患者抗菌药物使用强度控制在40DDDs以下，门诊患者不超过20 DDD，急诊患者控制在３０ＤＤＤｓ以下。'),
    ).toEqual([
      '住院患者抗菌药物使用强度|<=|40|DDDs|40DDDs以下',
      '门诊患者|<=|20|DDD|不超过20 DDD',
      '急诊患者|<=|30|ＤＤＤｓ|３０ＤＤＤｓ以下',
    ]);
  });
});

describe('counts of times', () => {
  it('are targets with a minimum or a comparison', () => {
    expect(read('每年至少开展1次督查，每季度至少开展一次联合检查；每年开展2次以上培训。')).toEqual([
      '督查|>=|1|次|1次',
      '联合检查|>=|1|次|一次',
      '培训|>=|2|次|2次以上',
    ]);
  });

  it('are a frequency, not a target, when bare', () => {
    expect(read('各级政府每四年公布一次国民体质监测报告。每半年进行1次评估.')).toEqual([]);
    expect(read('对乙类用人单位按照每年不低于50%的抽查比例进行1次现场监督检查,每3年开展一次评估。')).toEqual([
      '乙类用人单位按照每年|>=|50|%|不低于50%',
    ]);
  });

  it('keep person-times and case-times as counts', () => {
    expect(read('年培训基层人员1000人次，完成手术3000例次。')).toEqual([
      '年培训基层人员|=|1000|人次|1000人次',
      '完成手术|=|3000|例次|3000例次',
    ]);
  });
});

describe('a stray separator after a count', () => {
  it('names the count by what follows it, marked uncertain', () => {
    for (const sep of ['，', ',']) {
      const got = extract(`力争建设村卫生室中医阁6个${sep}52个、村卫生室、1个社区卫生服务站规范提供中医适宜技术服务。`);
      const stray = got.indicators.find((t) => t.value === 52)!;
      expect([stray.name, stray.quote, stray.uncertain]).toEqual([
        '村卫生室',
        '52个、村卫生室',
        ['name-stray-separator'],
      ]);
    }
  });
});

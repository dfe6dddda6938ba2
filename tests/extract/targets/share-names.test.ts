import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (body: string) => extract(body).indicators.map((t) => `${t.name}|${t.op}|${t.value}|${t.unit}`);
const doubts = (body: string) => extract(body).indicators.map((t) => [t.name, t.uncertain]);

describe('names of shares written around their figure', () => {
  it('reads a list of subjects after the figure with what they become, not its first member', () => {
    expect(names('到2025年，85%以上的综合性医院、康复医院、护理院和基层医疗卫生机构成为老年友善医疗机构。')).toEqual([
      '综合性医院、康复医院、护理院和基层医疗卫生机构成为老年友善医疗机构|>=|85|%',
    ]);
    expect(names('到2025年,90%的乡镇卫生院、社区卫生服务中心建成发热诊室.')).toEqual([
      '乡镇卫生院、社区卫生服务中心建成发热诊室|=|90|%',
    ]);
    expect(names('80%以上的二级医院、三级医院；')).toEqual(['二级医院、三级医院|>=|80|%']);
  });

  it('gives each figure of a list the predicate written once after the last', () => {
    const x = extract('100%社区卫生服务站、75%以上村卫生室提供中医药服务。');
    expect(x.indicators.map((t) => `${t.name}|${t.value}|${t.quote}`)).toEqual([
      '社区卫生服务站提供中医药服务|100|100%社区卫生服务站、75%以上村卫生室提供中医药服务',
      '村卫生室提供中医药服务|75|75%以上村卫生室提供中医药服务',
    ]);
    expect(names('95%的社区卫生服务中心、85%以上乡镇卫生院设置中医馆,')).toEqual([
      '社区卫生服务中心设置中医馆|=|95|%',
      '乡镇卫生院设置中医馆|>=|85|%',
    ]);
  });

  it('reads a copula after the figure as the share of what follows', () => {
    expect(names('根据需求合理配置救护车，其中至少40%为负压救护车。')).toEqual(['负压救护车占比|>=|40|%']);
    expect(names('新增托位2000个,其中30%以上为普惠性托位.')).toEqual(['新增托位|=|2000|个', '普惠性托位占比|>=|30|%']);
  });

  it('completes a subject before the figure with what it reaches after it', () => {
    expect(names('全区街道卫生院、社区卫生服务机构的临床医生90%以上达到大专以上学历，60%达到本科以上学历。')).toEqual([
      '街道卫生院、社区卫生服务机构的临床医生达到大专以上学历|>=|90|%',
      '街道卫生院、社区卫生服务机构的临床医生达到本科以上学历|=|60|%',
    ]);
    expect(names('二级以上综合医院100%开设老年医学科;')).toEqual(['二级以上综合医院开设老年医学科|=|100|%']);
    // a name that already names a measure is not extended
    expect(names('家庭医生签约服务覆盖率90%以上,达到省级要求。')).toEqual(['家庭医生签约服务覆盖率|>=|90|%']);
  });

  it('marks a figure of a calculation uncertain and drops its lead-in', () => {
    expect(doubts('根据辖区人口的300%估算人口基数。')).toEqual([['辖区人口', ['name-basis']]]);
    expect(doubts('依据服务人口的120%核定人员编制,')).toEqual([['服务人口', ['name-basis']]]);
  });

  it('keeps a name across a redaction that leaves only the denominator, marked', () => {
    expect(doubts('国家卫生乡镇比 (略) 乡镇总数的30%。')).toEqual([['国家卫生乡镇比 (略) 乡镇总数', ['redacted']]]);
    expect(doubts('国家卫生乡镇比（略）乡镇总数的30%；')).toEqual([['国家卫生乡镇比（略）乡镇总数', ['redacted']]]);
    // words after the redaction that name the thing start the name
    expect(doubts('(略) 护理型养老床位达到机构养老床位总数的30%。')).toEqual([
      ['护理型养老床位达到机构养老床位总数', []],
    ]);
  });

  it('keeps a leading word that belongs to the name and reads 不得 before a comparison', () => {
    expect(names('基本医保政策范围内报销比例达到75%左右。')).toEqual(['基本医保政策范围内报销比例|~|75|%']);
    expect(names('卫生技术人员的比例不得低于70%，公立医院床位使用率不得超过90%。')).toEqual([
      '卫生技术人员的比例|>=|70|%',
      '公立医院床位使用率|<=|90|%',
    ]);
    expect(names('对乙类用人单位抽查比例不低于50%.')).toEqual(['乙类用人单位抽查比例|>=|50|%']);
  });

  it('names a part after 其中 by the subject of the clause before, with what it reaches', () => {
    expect(
      names('到2025年,全市所有苏木乡镇卫生院及社区卫生服务中心至少达到国家基本标准,其中10%达到国家推荐标准。'),
    ).toEqual(['苏木乡镇卫生院及社区卫生服务中心达到国家推荐标准|=|10|%']);
    expect(names('全县乡镇卫生院全部达到基本标准；其中，30%以上达到推荐标准。')).toEqual([
      '乡镇卫生院达到推荐标准|>=|30|%',
    ]);
    expect(
      names('乡镇卫生院（社区卫生服务中心）达到国家服务能力基本标准的比例达到90%以上，其中达到推荐标准的不低于30%。'),
    ).toEqual([
      '乡镇卫生院（社区卫生服务中心）达到国家服务能力基本标准的比例|>=|90|%',
      '乡镇卫生院（社区卫生服务中心）达到推荐标准|>=|30|%',
    ]);
  });
});

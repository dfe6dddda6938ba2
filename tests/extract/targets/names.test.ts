import { describe, expect, it } from 'vitest';
import { splitNames } from '../../../src/lib/extract/targets/paired-names.ts';
import { extract } from './helpers.ts';

const names = (body: string) => extract(body).indicators.map((t) => `${t.name}|${t.op}|${t.value}|${t.unit}`);

describe('names of sentence targets', () => {
  it('distributes values after 分别 over paired lists of names', () => {
    expect(names('到2026年，高血压、糖尿病患者血压、血糖控制率分别达到60%、55%以上。')).toEqual([
      '高血压患者血压控制率|>=|60|%',
      '糖尿病患者血糖控制率|>=|55|%',
    ]);
    expect(names('男性、女性居民吸烟率、饮酒率分别控制在20%、10%以下。')).toEqual([
      '男性居民吸烟率|<=|20|%',
      '女性居民饮酒率|<=|10|%',
    ]);
  });

  it('keeps the whole phrase, marked, where paired lists cannot be told apart', () => {
    const x = extract('城市、农村儿童眼保健、听力筛查覆盖率分别达到95%、90%。');
    expect(x.indicators.map((t) => [t.name, t.value, t.uncertain])).toEqual([
      ['城市、农村儿童眼保健、听力筛查覆盖率', 95, ['name-list']],
      ['城市、农村儿童眼保健、听力筛查覆盖率', 90, ['name-list']],
    ]);
  });

  it('distributes over one list of three names sharing their head', () => {
    expect(names('乙肝、丙肝、梅毒报告发病率分别控制在50/10万、8/10万和5/10万以下。')).toEqual([
      '乙肝报告发病率|<=|50|/10万',
      '丙肝报告发病率|<=|8|/10万',
      '梅毒报告发病率|<=|5|/10万',
    ]);
    expect(splitNames('甲、乙、丙合格率', 3)).toEqual(['甲合格率', '乙合格率', '丙合格率']);
    expect(splitNames('甲、乙合格率', 3)).toBeNull();
  });

  it('keeps a per-capita or per-unit basis in the name of what is counted', () => {
    expect(names('按照每3万人口配置救护车不少于1辆。')).toEqual(['每3万人口配置救护车|>=|1|辆']);
    expect(names('每万常住人口配备1.5名全科医生。')).toEqual(['每万常住人口全科医生|=|1.5|名']);
    expect(names('每个中心卫生院至少建成2个特色科室。')).toEqual(['每个中心卫生院特色科室|>=|2|个']);
    expect(names('每所二级医院至少配备1名公共卫生医师。')).toEqual(['每所二级医院公共卫生医师|>=|1|名']);
  });

  it('takes the counted thing after a list or a 的 modifier', () => {
    expect(names('依托县医院建设影像、心电、检验3个县域资源共享中心。')).toEqual(['县域资源共享中心|=|3|个']);
    expect(names('组建以县人民医院为牵头医院的2个紧密型医共体。')).toEqual(['紧密型医共体|=|2|个']);
    // a share is of what stands before it, even after 的
    expect(names('公共卫生人员的比例不低于编制的25%。')).toEqual(['公共卫生人员的比例不低于编制|>=|25|%']);
  });

  it('ends clauses at a half-width stop that is no decimal point', () => {
    expect(names('覆盖率达到90%.80%以上的村卫生室建成标准化卫生室.床位数达到1.5张.')).toEqual([
      '覆盖率|=|90|%',
      '村卫生室建成标准化卫生室|>=|80|%',
      '床位数|=|1.5|张',
    ]);
  });

  it('never starts a name with a row number, TAB or dash', () => {
    expect(names('4\t孕产妇死亡率控制在12/10万以下。')).toEqual(['孕产妇死亡率|<=|12|/10万']);
    expect(names('12 孕产妇死亡率控制在12/10万以下。')).toEqual(['孕产妇死亡率|<=|12|/10万']);
    // cells between TABs are a table's row, left to the table stage
    expect(names('4\t健康水平\t孕产妇死亡率\t1/10万\t12')).toEqual([]);
    expect(names('—　婴儿死亡率控制在5‰以下。')).toEqual(['婴儿死亡率|<=|5|‰']);
  });

  it('names a bare measure of a project item after the project', () => {
    const body = [
      '专栏1 重大建设项目',
      '1．市第一人民医院东院区建设项目。新建住院楼，设置床位1200张。',
      '2.市中医医院整体迁建项目.开放床位800张.',
    ];
    expect(names(body.join('\n'))).toEqual(['市第一人民医院东院区设置床位|=|1200|张', '市中医医院开放床位|=|800|张']);
    // outside a project item, or named in full, the name stays as written
    expect(names('设置床位1200张。')).toEqual(['设置床位|=|1200|张']);
    expect(names('1．健康促进项目。全市健康促进学校比例达到60%以上。')).toEqual(['健康促进学校比例|>=|60|%']);
  });

  it('says so when no name is found, keeping the quote', () => {
    const x = extract('（略）达到90%以上。');
    expect(x.indicators.map((t) => [t.name, t.value, t.quote, t.uncertain])).toEqual([
      ['', 90, '达到90%以上', ['name-missing', 'redacted']],
    ]);
    const warning = x.issues.find((i) => i.code === 'name-missing');
    expect(warning?.message).toContain('90%以上');
    expect(warning?.line).toBe(2);
  });

  it('marks garbled values so that nobody restates them', () => {
    const x = extract('孕产妇死亡率控制在12 1/#以下，年服务人数达到#人次，肺结核发病率控制在(1/#)以下。');
    expect(x.indicators.map((t) => [t.name, t.value, t.valueText, t.uncertain])).toEqual([
      ['孕产妇死亡率', null, '12 1/#以下', ['garbled']],
      ['年服务人数', null, '#人次', ['garbled']],
      ['肺结核发病率', 1, '1/#', ['garbled']],
    ]);
  });
});

describe('two names joined once before 分别', () => {
  it('share the indicator word the last one ends in, marked as a split', () => {
    for (const body of [
      '到2026年，婴儿和5岁以下儿童死亡率分别控制在6‰和7.5‰以下。',
      '到2026年,婴儿及5岁以下儿童死亡率分别控制在6‰、7.5‰以下.',
      '孕产妇与新生儿死亡率分别降至10‰、3‰以下。',
    ]) {
      const x = extract(body).indicators;
      expect(x.map((t) => t.uncertain)).toEqual([['name-split'], ['name-split']]);
      expect(x.map((t) => t.name)[1]).toMatch(/^(?:5岁以下儿童|新生儿)死亡率$/u);
      expect(x.map((t) => t.name)[0]).toMatch(/^(?:婴儿|孕产妇)死亡率$/u);
    }
  });

  it('keep the whole phrase, marked, when no indicator word ends it, and state no conflict', () => {
    const x = extract('城市和农村居民健康素养水平分别达到30%、25%。').indicators;
    expect(x.map((t) => [t.name, t.value, t.uncertain, t.conflict])).toEqual([
      ['城市和农村居民健康素养水平', 30, ['name-list'], []],
      ['城市和农村居民健康素养水平', 25, ['name-list'], []],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { citationText } from '../../src/lib/site/citation/compose.ts';
import { type CitedTarget, targetSentence, taskSentence } from '../../src/lib/site/citation/sentence.ts';
import { readValueText, valuePhrase } from '../../src/lib/site/citation/value-phrase.ts';

const plan = { title: '甲市规划', region: '甲市', kind: '规划', docNumber: null };

function record(fields: Partial<CitedTarget> & Pick<CitedTarget, 'name' | 'valueText' | 'quote'>): CitedTarget {
  return {
    indicator: 'x',
    year: 2025,
    yearly: false,
    op: null,
    value: null,
    unit: null,
    uncertain: [],
    repairs: [],
    source: 'text',
    ...fields,
  };
}

/** Records as the extraction wrote them from the seeds (湘潭, 开远, 鄂尔多斯, 长春, 武汉经开区). */
const SEEDS: Array<[string, CitedTarget, string]> = [
  [
    'a lost character in the unit: the table row is quoted, not "控制在121/#以下"',
    record({
      name: '孕产妇死亡率',
      year: 2030,
      op: '<=',
      value: 12,
      unit: '1/#',
      valueText: '≤12',
      quote: '孕产妇死亡率(1/#) | 持续改善 | ≤12',
      source: 'table',
    }),
    '《甲市规划》指标表列出：“孕产妇死亡率(1/#)\u3000持续改善\u3000≤12”。',
  ],
  [
    'a rank is not a bound: no "控制在3名以下"',
    record({
      name: '市人民医院进入全州综合医院排名',
      indicator: null,
      op: '<=',
      value: 3,
      unit: '名',
      valueText: '前3名',
      quote: '市人民医院进入全州综合医院排名前3名',
    }),
    '《甲市规划》提出：“市人民医院进入全州综合医院排名前3名”。',
  ],
  [
    'about: 45%左右',
    record({
      name: '乡村医生具有执业(助理)医师资格的人员占比',
      op: '~',
      value: 45,
      unit: '%',
      valueText: '45%左右',
      quote: '乡村医生具有执业(助理)医师资格的人员占比提高到45%左右',
    }),
    '《甲市规划》提出，到2025年乡村医生具有执业(助理)医师资格的人员占比达到45%左右。',
  ],
  [
    'a lost character in a text value',
    record({
      name: '肺结核发病率',
      year: 2030,
      op: '<=',
      value: 30,
      unit: '/#',
      valueText: '30/#以下',
      quote: '肺结核发病率下降到30/#以下',
    }),
    '《甲市规划》提出：“肺结核发病率下降到30/#以下”。',
  ],
  [
    'a repaired value (225 read as ≥25)',
    record({
      name: '居民健康素养水平',
      op: '>=',
      value: 25,
      unit: '%',
      valueText: '225',
      repairs: ['repair-ge-digit: 225 read as ≥25'],
      quote: '居民健康素养水平(%)225',
      source: 'table',
    }),
    '《甲市规划》指标表列出：“居民健康素养水平(%)225”。',
  ],
  [
    'a repaired unit (%o)',
    record({
      name: '家庭医生签约率',
      op: '>=',
      value: 80,
      unit: '%',
      valueText: '不低于80%o',
      repairs: ['repair-full-stop: "%o" read as "%。"'],
      quote: '家庭医生签约率不低于80%o',
    }),
    '《甲市规划》提出：“家庭医生签约率不低于80%o”。',
  ],
  [
    'a redaction in an unmapped name',
    record({
      name: '每个居民健康卡',
      indicator: null,
      op: '=',
      value: 1,
      unit: '张',
      valueText: '1张',
      quote: '每个居民拥有1张各级医疗机构诊疗服务、体 (略) 保健等服务功能合一的健康卡',
    }),
    '《甲市规划》提出：“每个居民拥有1张各级医疗机构诊疗服务、体 (略) 保健等服务功能合一的健康卡”。',
  ],
  [
    'worded bounds kept as the plan words them',
    record({
      name: '孕产妇死亡率',
      op: '<=',
      value: 10,
      unit: '/10万',
      valueText: '10/10万以下',
      quote: '孕产妇死亡率控制在10/10万以下',
    }),
    '《甲市规划》提出，到2025年孕产妇死亡率控制在10/10万以下。',
  ],
  [
    'a sign in a table cell becomes words, with the unit from the name',
    record({
      name: '5岁以下儿童死亡率',
      year: 2030,
      op: '<=',
      value: 5.8,
      unit: '‰',
      valueText: '≤5.8',
      quote: '5岁以下儿童死亡率(‰) | 持续改善 | ≤5.8',
      source: 'table',
    }),
    '《甲市规划》提出，到2030年5岁以下儿童死亡率控制在5.8‰以下。',
  ],
  [
    'a trend is restated as written',
    record({
      name: '婴儿死亡率',
      year: 2020,
      unit: '‰',
      valueText: '持续改善',
      quote: '婴儿死亡率(‰) | 持续改善',
      source: 'table',
    }),
    '《甲市规划》提出，到2020年婴儿死亡率持续改善。',
  ],
  [
    'the plan’s own figure "7.50" is kept',
    record({
      name: '每千人口医疗卫生机构床位数',
      op: '>=',
      value: 7.5,
      unit: '张',
      valueText: '7.50张以上',
      quote: '每千人口医疗卫生机构床位数7.50张以上',
    }),
    '《甲市规划》提出，到2025年每千人口医疗卫生机构床位数达到7.50张以上。',
  ],
  [
    'an unmapped name may be a fragment of the sentence',
    record({
      name: '区域基层医疗服务中心',
      indicator: null,
      op: '>=',
      value: 2,
      unit: '家',
      valueText: '2~3家',
      quote: '2~3家区域基层医疗服务中心',
    }),
    '《甲市规划》提出：“2~3家区域基层医疗服务中心”。',
  ],
];

describe('targetSentence on records of the seeds', () => {
  it.each(SEEDS)('%s', (_, target, sentence) => expect(targetSentence(plan, target)).toBe(sentence));
});

const bed = record({ name: '每千人口医疗卫生机构床位数', valueText: '', quote: '每千人口医疗卫生机构床位数…' });

describe('targetSentence: synthetic variants', () => {
  it('quotes the source when the extraction marked the name or value uncertain', () => {
    for (const code of ['name-missing', 'garbled', 'redacted']) {
      const t = { ...bed, op: '>=' as const, value: 7, unit: '张', valueText: '7张以上', uncertain: [code] };
      expect(targetSentence(plan, t)).toBe('《甲市规划》提出：“每千人口医疗卫生机构床位数…”。');
    }
  });

  it('keeps ranges as ranges, never a lower bound', () => {
    for (const valueText of ['80%-85%', '80—85%', '2至3张', '2～3张']) {
      const t = { ...bed, op: '>=' as const, value: valueText.startsWith('8') ? 80 : 2, unit: '张', valueText };
      expect(targetSentence(plan, t)).toBe(`《甲市规划》提出，到2025年每千人口医疗卫生机构床位数达到${valueText}。`);
    }
  });

  it('writes signs as words, full-width and ASCII alike', () => {
    const cases: Array<[CitedTarget['op'], string, string]> = [
      ['>=', '≥7', '达到7张以上'],
      ['>', '＞7', '高于7张'],
      ['>', '> 7', '高于7张'],
      ['<', '＜7', '低于7张'],
      ['~', '≈7', '达到7张左右'],
      ['=', '7', '达到7张'],
    ];
    for (const [op, valueText, phrase] of cases)
      expect(targetSentence(plan, { ...bed, op, value: 7, unit: '张', valueText })).toBe(
        `《甲市规划》提出，到2025年每千人口医疗卫生机构床位数${phrase}。`,
      );
  });

  it('keeps worded comparisons as written and adds the verb a bare amount needs', () => {
    const cases: Array<[CitedTarget['op'], string, string]> = [
      ['>=', '不低于7张', '不低于7张'],
      ['>=', '不少于7张', '不少于7张'],
      ['>=', '至少7张', '至少7张'],
      ['>=', '7张以上', '达到7张以上'],
      ['<=', '7张以内', '控制在7张以内'],
      ['<=', '控制在7张以内', '控制在7张以内'],
      ['>', '超过7张', '超过7张'],
    ];
    for (const [op, valueText, phrase] of cases)
      expect(targetSentence(plan, { ...bed, op, value: 7, unit: '张', valueText })).toContain(`床位数${phrase}。`);
  });

  it('falls back to the wording when the record disagrees with its own value text', () => {
    // the number, the comparison or the unit of the text differs from the record: say what the text says
    expect(targetSentence(plan, { ...bed, op: '>=', value: 8, unit: '张', valueText: '7张以上' })).toContain(
      '达到7张以上',
    );
    expect(targetSentence(plan, { ...bed, op: '<=', value: 7, unit: '张', valueText: '7张以上' })).toContain(
      '达到7张以上',
    );
    expect(targetSentence(plan, { ...bed, op: '=', value: 7, unit: '张', valueText: '7个' })).toContain('达到7个');
  });

  it('writes a per-thousand unit once and quotes a name and unit that disagree on the base', () => {
    const t = { ...bed, op: '=' as const, value: 7, unit: '张/千人', valueText: '7' };
    expect(targetSentence(plan, t)).toContain('床位数达到7张。');
    const wrong = { ...t, name: '每万人口全科医生数', unit: '人/千人', quote: '每万人口全科医生数(人/千人) | 3' };
    expect(targetSentence(plan, { ...wrong, source: 'table' })).toBe(
      '《甲市规划》指标表列出：“每万人口全科医生数(人/千人)\u30003”。',
    );
  });

  it('says 每年 for a yearly target and nothing for a target without a year', () => {
    const t = { ...bed, op: '>=' as const, value: 7, unit: '张', valueText: '7张以上' };
    expect(targetSentence(plan, { ...t, yearly: true })).toContain('提出，每年每千人口');
    expect(targetSentence(plan, { ...t, year: null })).toContain('提出，每千人口');
  });

  it('nests the quotes of a quoted passage', () => {
    const t = { ...bed, indicator: null, quote: '建成“健康城市”示范点3个' };
    expect(targetSentence(plan, t)).toBe('《甲市规划》提出：“建成‘健康城市’示范点3个”。');
  });
});

describe('readValueText and valuePhrase', () => {
  it('reads one comparison of one number', () => {
    expect(readValueText('不低于80%')).toEqual({ before: '不低于', after: '', op: '>=', number: 80, unit: '%' });
    expect(readValueText('控制在10/10万以内')).toMatchObject({ op: '<=', number: 10, unit: '/10万' });
    expect(readValueText('前3名')).toBeNull();
    expect(readValueText('不低于80%以下')).toBeNull();
  });

  it('gives no phrase for a value it cannot restate', () => {
    expect(valuePhrase({ op: null, value: null, unit: null, valueText: '持续改善' })).toBeNull();
    expect(valuePhrase({ op: '<=', value: 3, unit: '名', valueText: '前3名' })).toBeNull();
  });
});

describe('task citations', () => {
  it('leave redacted units to the quote and do not nest quotes in 原文', () => {
    const task = { title: '(十四)“强托育”', lead: ['市卫生健康委'], partners: [' (略) '] };
    expect(taskSentence(plan, task)).toBe('《甲市规划》提出，(十四)“强托育”，由市卫生健康委牵头。');
    const text = citationText({
      sentence: 'S。',
      quote: '(十四)“强托育”。',
      reference: 'R.',
      document: null,
      link: '/x',
    });
    expect(text).toContain('原文：“(十四)‘强托育’。”');
  });
});

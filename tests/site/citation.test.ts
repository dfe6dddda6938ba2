import { describe, expect, it } from 'vitest';
import { citationText, withPermalinkOrigin } from '../../src/lib/site/citation/compose.ts';
import { docTitle, titleOf } from '../../src/lib/site/citation/doc-title.ts';
import { referenceEntry } from '../../src/lib/site/citation/reference.ts';
import { targetSentence, taskSentence } from '../../src/lib/site/citation/sentence.ts';

const plan = {
  title: '开远市卫生健康事业高质量发展三年行动实施方案(2023—2025年)',
  region: '开远市',
  kind: '实施方案',
  docNumber: null as string | null,
  issuer: '中共开远市委办公室  开远市人民政府办公室' as string | null,
  date: '2023-12-26' as string | null,
  url: null as string | null,
};

/** The fields a citation reads besides name and value, as on a record read with confidence. */
const sure = {
  indicator: 'life-expectancy' as string | null,
  yearly: false,
  uncertain: [] as string[],
  repairs: [] as string[],
  quote: '人均预期寿命达到80岁以上',
  source: 'text' as const,
};

const target = {
  ...sure,
  name: '人均预期寿命',
  year: 2025 as number | null,
  op: '>=' as const,
  value: 80,
  unit: '岁',
  valueText: '80岁以上',
};

describe('targetSentence', () => {
  it('writes the sentence officials use', () => {
    expect(targetSentence(plan, target)).toBe(
      '《开远市卫生健康事业高质量发展三年行动实施方案(2023—2025年)》提出，到2025年人均预期寿命达到80岁以上。',
    );
    const mmr = {
      ...sure,
      indicator: 'maternal-mortality',
      name: '孕产妇死亡率',
      year: 2025,
      op: '<=' as const,
      value: 10,
      unit: '/10万',
      valueText: '10/10万以下',
    };
    expect(targetSentence(plan, mmr)).toBe(
      '《开远市卫生健康事业高质量发展三年行动实施方案(2023—2025年)》提出，到2025年孕产妇死亡率控制在10/10万以下。',
    );
  });

  it('adds the 文号 after the title', () => {
    const numbered = { ...plan, title: '甲市规划', docNumber: '红办发〔2023〕13号' };
    expect(targetSentence(numbered, { ...target, op: '=', valueText: '80岁' })).toBe(
      '《甲市规划》（红办发〔2023〕13号）提出，到2025年人均预期寿命达到80岁。',
    );
  });

  it('falls back to the verbatim expression without a number or a year', () => {
    const vague = { ...target, year: null, op: null, value: null, unit: null, valueText: '明显提高' };
    expect(targetSentence(plan, vague)).toMatch(/提出，人均预期寿命明显提高。$/u);
  });

  it('prints decimals without float noise', () => {
    expect(targetSentence(plan, { ...target, op: '<', value: 0.1 + 0.2, unit: '‰', valueText: '<0.3' })).toContain(
      '低于0.3‰',
    );
  });
});

describe('taskSentence', () => {
  it('names lead and partner units', () => {
    const task = { title: '加强基层医疗卫生服务。', lead: ['市卫生健康委'], partners: ['市财政局', '市发展改革委'] };
    expect(taskSentence({ ...plan, title: '甲市规划' }, task)).toBe(
      '《甲市规划》提出，加强基层医疗卫生服务，由市卫生健康委牵头，市财政局、市发展改革委配合。',
    );
  });
});

describe('referenceEntry (GB/T 7714—2025)', () => {
  it('cites a document without a URL as [Z]: creators, title, place: publisher, date; no access date', () => {
    expect(referenceEntry(plan, '2026-01-02')).toBe(
      '中共开远市委办公室, 开远市人民政府办公室. 开远市卫生健康事业高质量发展三年行动实施方案(2023—2025年)[Z]. 开远市: 中共开远市委办公室, 开远市人民政府办公室, 2023-12-26.',
    );
  });

  it('puts the 文号 after the title as other title information, before the type mark', () => {
    const numbered = { ...plan, issuer: '乙县人民政府办公室', title: '乙县方案', docNumber: '乙政办发〔2024〕7号' };
    expect(referenceEntry(numbered, '2026-01-02')).toBe(
      '乙县人民政府办公室. 乙县方案: 乙政办发〔2024〕7号[Z]. 开远市: 乙县人民政府办公室, 2023-12-26.',
    );
  });

  it('uses a date and issuer detected in the text once they are on the plan record', () => {
    // the YAML left both null; reading the text filled them (PlanRecord carries the filled values)
    const ordos = {
      ...plan,
      region: '鄂尔多斯市',
      title: '鄂尔多斯市“十四五”卫生健康事业发展规划',
      issuer: null,
      date: null,
    };
    const filled = { ...ordos, issuer: '鄂尔多斯市人民政府', date: '2022-01-30' };
    expect(referenceEntry(ordos, '2026-01-02')).toBe(
      '鄂尔多斯市“十四五”卫生健康事业发展规划[Z]. 鄂尔多斯市: [出版者不详], [出版年不详].',
    );
    expect(referenceEntry(filled, '2026-01-02')).toBe(
      '鄂尔多斯市人民政府. 鄂尔多斯市“十四五”卫生健康事业发展规划[Z]. 鄂尔多斯市: 鄂尔多斯市人民政府, 2022-01-30.',
    );
  });

  it('cites an online copy without a date with the access date only, and ignores an address that is not http', () => {
    const online = { ...plan, issuer: null, date: null, url: 'https://a.gov.cn/p' };
    expect(referenceEntry(online, '2026-01-02')).toBe(
      '开远市卫生健康事业高质量发展三年行动实施方案(2023—2025年)[EB/OL]. [2026-01-02]. https://a.gov.cn/p.',
    );
    expect(referenceEntry({ ...online, url: 'javascript:alert(1)' }, '2026-01-02')).toContain('[Z]');
  });

  it('cites an online copy as [EB/OL] with issue date, access date and URL', () => {
    const online = {
      ...plan,
      issuer: '甲市人民政府办公室',
      title: '甲市规划',
      docNumber: '甲政办发〔2022〕8号',
      date: '2022-03-15',
      url: 'http://www.example.gov.cn/a.html',
    };
    expect(referenceEntry(online, '2026-01-02')).toBe(
      '甲市人民政府办公室. 甲市规划: 甲政办发〔2022〕8号[EB/OL]. (2022-03-15)[2026-01-02]. http://www.example.gov.cn/a.html.',
    );
  });

  it('lists three issuers at most, then 等', () => {
    const many = { ...plan, issuer: '甲委办公室 甲政府办公室 甲卫健委 甲财政局' };
    expect(referenceEntry(many, '2026-01-02')).toMatch(/^甲委办公室, 甲政府办公室, 甲卫健委, 等\. /u);
  });

  it('leaves out what is unknown and says in words that the plan states no title', () => {
    const bare = { ...plan, title: null, issuer: null, date: null };
    const entry = referenceEntry(bare, '2026-01-02');
    expect(entry).toBe('开远市实施方案（原文未载标题）[Z]. 开远市: [出版者不详], [出版年不详].');
    // the only brackets are the standard's own marks for type and unknown publisher and year
    expect(entry.match(/\[[^\]]*\]/gu)).toEqual(['[Z]', '[出版者不详]', '[出版年不详]']);
  });
});

describe('titles', () => {
  it('describes a plan that states no title in words, without brackets or 《》', () => {
    expect(titleOf({ title: null, region: '乙县', kind: null })).toBe('乙县规划（原文未载标题）');
    expect(docTitle({ title: null, region: '湘潭市', kind: '实施意见', docNumber: null })).toBe(
      '湘潭市实施意见（原文未载标题）',
    );
    expect(docTitle({ title: 'X', region: '乙县', kind: null, docNumber: '乙发〔2020〕1号' })).toBe(
      '《X》（乙发〔2020〕1号）',
    );
  });
});

describe('citationText', () => {
  it('puts sentence, quote, reference and permalink on their own lines', () => {
    expect(
      citationText({ sentence: 'S。', quote: ' 原文 ', reference: 'R.', document: null, link: '/plans/a/#x' }),
    ).toBe('S。\n原文：“原文”\n参考文献：R.\n链接：/plans/a/#x');
  });

  it('quotes a task on one line with inner quotes nested, never “…“…”…”', () => {
    const text = citationText({
      sentence: 'S。',
      quote: '(十四)“强托育”增进民生福祉。\n将托育服务…',
      reference: 'R.',
      document: null,
      link: '/x',
    });
    expect(text.split('\n')[1]).toBe('原文：“(十四)‘强托育’增进民生福祉。将托育服务…”');
  });

  it('quotes a table row with its cells apart, not run together nor broken over lines', () => {
    const parts = { sentence: 'S。', reference: 'R.', document: null, link: '/x', fromTable: true };
    expect(
      citationText({ ...parts, quote: '人均预期寿命(岁)\n\n\u00a0 \u00a0\n\n83.11\n\n   \n\n83.14' }).split('\n')[1],
    ).toBe('原文：“人均预期寿命(岁)\u300083.11\u300083.14”');
    expect(citationText({ ...parts, quote: '| 人均预期寿命(岁) | 79 |' }).split('\n')[1]).toBe(
      '原文：“人均预期寿命(岁)\u300079”',
    );
  });

  it('adds the document with its 文号 when the plan has one', () => {
    const text = citationText({
      sentence: 'S。',
      quote: 'q',
      reference: 'R.',
      document: '《甲》（甲发〔2023〕1号）',
      link: 'https://x/plans/a/#x',
    });
    expect(text.split('\n')[2]).toBe('文件：《甲》（甲发〔2023〕1号）');
  });

  it('completes a path permalink with the origin it is copied from, and leaves full addresses alone', () => {
    expect(withPermalinkOrigin('S\n链接：/plans/a/#x', 'http://h:8')).toBe('S\n链接：http://h:8/plans/a/#x');
    expect(withPermalinkOrigin('链接：https://x/plans/a/', 'http://h')).toBe('链接：https://x/plans/a/');
  });
});

import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../src/lib/extract/index.ts';
import type { Lexicon } from '../../../src/lib/lexicon/types.ts';
import { sourceDoc } from '../../helpers/source-doc.ts';
import { nullLexicon } from '../null-lexicon.ts';
import { extract } from './helpers.ts';

const table = [
  '一、总体要求',
  '(一)主要目标',
  '主要指标',
  '领 域 | 指 标 | 2020年 | 2030年 |',
  '健康水平 | 人均预期寿命(岁) | 79 | 79.8 |',
  '二、主要任务',
].join('\n');

describe('restated and conflicting targets', () => {
  it('keeps one record when a sentence restates a table row, the row', () => {
    const text = `${table}\n（一）健康水平。到2030年，人均预期寿命达到79.8岁。\n`;
    const x = extractPlan(sourceDoc(text, { meta: { period: [2017, 2030] } }), nullLexicon);
    const stated = x.indicators.filter((t) => t.value === 79.8 && t.year === 2030);
    expect(stated.map((t) => [t.name, t.source])).toEqual([['人均预期寿命', 'table']]);
    expect(x.issues.some((i) => i.code === 'restated-target')).toBe(true);
  });

  it('keeps one record when two sentences state the same value for the same year', () => {
    const x = extract('到2026年，县域内就诊率达到90%以上。\n三、重点任务\n到2026年，县域内就诊率达到90%以上。');
    expect(x.indicators).toHaveLength(1);
    expect(x.indicators[0]!.conflict).toEqual([]);
  });

  it('keeps both records of different values, each naming the other', () => {
    const x = extract('到2026年，县域内就诊率达到90%以上。\n三、重点任务\n到2026年，县域内就诊率达到88%以上。');
    const [a, b] = x.indicators;
    expect([a!.value, b!.value]).toEqual([90, 88]);
    expect(a!.conflict).toEqual([b!.id]);
    expect(b!.conflict).toEqual([a!.id]);
  });

  it('does not call different years a conflict', () => {
    const x = extract('到2025年，县域内就诊率达到88%以上。到2026年，县域内就诊率达到90%以上。');
    expect(x.indicators.map((t) => [t.year, t.conflict.length])).toEqual([
      [2025, 0],
      [2026, 0],
    ]);
  });

  it('takes the same lexicon indicator under two wordings as one indicator', () => {
    const lexicon: Lexicon = {
      ...nullLexicon,
      matchIndicator: (name) => (/就诊率/u.test(name) ? 'primary-care-visit-share' : null),
    };
    const body = '一、主要目标\n到2026年，基层就诊率达到70%以上，基层医疗卫生机构门诊就诊率达到65%以上。\n';
    const x = extractPlan(sourceDoc(body, { meta: { period: [2024, 2026] } }), lexicon);
    expect(x.indicators.map((t) => t.conflict.length)).toEqual([1, 1]);
    const same = body.replace('65%', '70%');
    expect(extractPlan(sourceDoc(same, { meta: { period: [2024, 2026] } }), lexicon).indicators).toHaveLength(1);
  });

  it('does not call the values of two scopes of one indicator a conflict', () => {
    const lexicon: Lexicon = {
      ...nullLexicon,
      matchIndicator: (name) => (/急救平均反应时间/u.test(name) ? 'ems-response-time' : null),
    };
    const body = '一、主要目标\n城市地区急救平均反应时间控制在12分钟以内，农村地区急救平均反应时间控制在25分钟以内。\n';
    const x = extractPlan(sourceDoc(body, { meta: { period: [2024, 2026] } }), lexicon);
    expect(x.indicators.map((t) => [t.value, t.conflict.length])).toEqual([
      [12, 0],
      [25, 0],
    ]);
  });

  it('takes a table row and a sentence with the same indicator and value as one, whatever the count word', () => {
    const lexicon: Lexicon = {
      ...nullLexicon,
      matchIndicator: (name) =>
        /全科医生/u.test(name) ? 'gps-per-10000' : /吸烟率/u.test(name) ? 'smoking-rate-15plus' : null,
    };
    const rows = (gp: string, smoking: string) =>
      ['一、主要目标', '主要指标', '指 标 | 2020年 | 2025年 |', gp, smoking, '二、主要任务'].join('\n');
    for (const [gp, smoking, sentence] of [
      [
        '每万人全科医生数(人) | 2.1 | 3.2 |',
        '15岁以上人群吸烟率() | 24 | 20 |',
        '每万人口全科医生达到3.2名以上，15岁以上人群吸烟率控制在20%以下。',
      ],
      [
        '每万人全科医生数（名） | 2.1 | 3.2 |',
        '15岁以上人群吸烟率 | 24 | 20 |',
        '每万人口全科医生达到3.2人,15岁以上人群吸烟率控制在20%以下.',
      ],
    ]) {
      const x = extractPlan(
        sourceDoc(`${rows(gp!, smoking!)}\n${sentence}\n`, { meta: { period: [2021, 2025] } }),
        lexicon,
      );
      expect(x.indicators.filter((t) => t.year === 2025).map((t) => [t.value, t.source])).toEqual([
        [3.2, 'table'],
        [20, 'table'],
      ]);
    }
  });

  it('keeps a sentence of the same value in another kind of unit', () => {
    const lexicon: Lexicon = { ...nullLexicon, matchIndicator: (name) => (/托位/u.test(name) ? 'childcare' : null) };
    const body = '一、主要目标\n到2026年，每千人口托位数达到4.5个，普惠性托位占比达到4.5%。\n';
    const x = extractPlan(sourceDoc(body, { meta: { period: [2024, 2026] } }), lexicon);
    expect(x.indicators.map((t) => [t.value, t.unit])).toEqual([
      [4.5, '个'],
      [4.5, '%'],
    ]);
  });

  it('dates a count restated with a deadline once, by the deadline', () => {
    const x = extract('建设影像、心电、检验、病理、消毒供应5个县域资源共享中心，2025年底前5个中心全部建成投用。');
    expect(x.indicators.map((t) => [t.name, t.value, t.year])).toEqual([['县域资源共享中心', 5, 2025]]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/lib/extract/rules/load-rules.ts';
import { noteTest } from '../../src/lib/extract/tasks/first-leads.ts';
import { findResponsibility } from '../../src/lib/extract/tasks/responsibility.ts';

const rules = loadRules();

const read = (text: string) => {
  const r = findResponsibility(text, 0, text.length, rules.responsibility, noteTest(rules));
  return r ? { units: r.units.map((u) => (u.lead ? `*${u.name}` : u.name)), explicit: r.explicitLead } : null;
};

describe('responsibility clauses', () => {
  it.each([
    ['内容。(牵头单位:市卫生健康局;责任单位:市财政局、市医疗保障局)', ['*市卫生健康局', '市财政局', '市医疗保障局']],
    ['内容。〔牵头单位:市卫生健康局;责任单位:市财政局,各乡镇(街道)〕', ['*市卫生健康局', '市财政局', '各乡镇(街道)']],
    ['内容。（市卫生健康委牵头，市发展改革委、市财政局按职责分工负责）', ['*市卫生健康委', '市发展改革委', '市财政局']],
    [
      '内容。（牵头单位：县卫生健康局；配合单位：县公安局、县市场监管局）',
      ['*县卫生健康局', '县公安局', '县市场监管局'],
    ],
    [
      '内容。责任单位：县卫生健康局（牵头），县财政局，各乡镇人民政府。',
      ['*县卫生健康局', '县财政局', '各乡镇人民政府'],
    ],
    ['内容。（县民政局牵头，县卫生健康局配合）', ['*县民政局', '县卫生健康局']],
    ['内容。[责任单位: (略) 区(园区)人民政府(管委会)、市农委]', ['(略) 区(园区)人民政府(管委会)', '市农委']],
    [
      '内容。(责任单位:市委宣传部(市文明办)、市卫生计生委。排第一的为牵头单位,下同。)',
      ['市委宣传部(市文明办)', '市卫生计生委'],
    ],
  ])('%s', (text, units) => {
    expect(read(text)?.units).toEqual(units);
  });

  it('keeps fully redacted entries as written, trimmed', () => {
    expect(read('内容。(责任单位: (略) 、市卫生计生委、 (略) )')?.units).toEqual(['(略)', '市卫生计生委', '(略)']);
  });

  it('does not read prose that mentions 牵头 as a unit list', () => {
    expect(read('由综合实力强的市办医院牵头,社区卫生服务机构、护理院等组成,统筹发展。')).toBeNull();
  });
});

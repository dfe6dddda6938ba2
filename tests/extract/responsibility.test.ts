import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/lib/extract/rules/load-rules.ts';
import { assignRoles } from '../../src/lib/extract/tasks/build-tasks.ts';
import { declaresFirstLeads, noteTest, planDeclaresFirstLeads } from '../../src/lib/extract/tasks/first-leads.ts';
import { findResponsibility } from '../../src/lib/extract/tasks/responsibility.ts';

const rules = loadRules();

/** Units of the clause ("*" marks a lead), as the task would get them; the plan declares no rule. */
const read = (text: string, firstLeads = false) => {
  const r = findResponsibility(text, 0, text.length, rules.responsibility, noteTest(rules));
  if (!r) return null;
  for (const u of r.units) expect(text.slice(u.start, u.end).replace(/\s/gu, '')).toBe(u.name.replace(/\s/gu, ''));
  const roles = assignRoles(r.units, r.explicitLead, firstLeads || r.shared);
  return [...roles.lead.map((u) => `*${u.name}`), ...roles.partners.map((u) => u.name)];
};

describe('responsibility clauses', () => {
  it.each([
    ['内容。(牵头单位:市卫生健康局;责任单位:市财政局、市医疗保障局)', ['*市卫生健康局', '市财政局', '市医疗保障局']],
    [
      '内容。（牵头单位：市卫生健康局；配合单位：市财政局、市医疗保障局）',
      ['*市卫生健康局', '市财政局', '市医疗保障局'],
    ],
    ['内容。〔牵头单位:市卫生健康局;责任单位:市财政局,各乡镇(街道)〕', ['*市卫生健康局', '市财政局', '各乡镇(街道)']],
    ['内容。（牵头单位：县卫生健康局　责任单位：县公安局、县民政局）', ['*县卫生健康局', '县公安局', '县民政局']],
    ['内容。(牵头单位:县卫生健康局 协同单位:县公安局，县民政局)', ['*县卫生健康局', '县公安局', '县民政局']],
    ['内容。【牵头部门｜县卫生健康局；参与部门｜县教育局】', ['*县卫生健康局', '县教育局']],
    ['内容。（此项工作牵头单位：县卫生健康局；配合单位：县教育局）', ['*县卫生健康局', '县教育局']],
    ['内容。（县卫生健康局牵头，配合单位：县教育局、县民政局）', ['*县卫生健康局', '县教育局', '县民政局']],
  ])('labelled lists: %s', (text, units) => expect(read(text)).toEqual(units));

  it.each([
    ['内容。（市卫生健康委牵头，市发展改革委、市财政局按职责分工负责）', ['*市卫生健康委', '市发展改革委', '市财政局']],
    ['内容。(市卫生健康委牵头,市发展改革委、市财政局按职责分工负责)', ['*市卫生健康委', '市发展改革委', '市财政局']],
    ['内容。（市委编办、市卫生健康委牵头，市财政局按职责分工负责）', ['*市委编办', '*市卫生健康委', '市财政局']],
    ['内容。（县民政局牵头，县卫生健康局配合）', ['*县民政局', '县卫生健康局']],
    ['内容。（县医保局牵头，县卫生健康局、县财政局等部门配合）', ['*县医保局', '县卫生健康局', '县财政局']],
    ['内容。（县民政局牵头负责，县卫生健康局参与）', ['*县民政局', '县卫生健康局']],
    ['内容。（由县民政局牵头，县卫生健康局配合）', ['*县民政局', '县卫生健康局']],
    ['内容。（牵头：县民政局；配合：县卫生健康局、县财政局）', ['*县民政局', '县卫生健康局', '县财政局']],
    ['内容。（县民政局牵头 县卫生健康局配合）', ['*县民政局', '县卫生健康局']],
  ])('marked groups: %s', (text, units) => expect(read(text)).toEqual(units));

  it.each([
    ['内容。（县卫生健康局、县发展改革局、县财政局按职责分工负责）', ['*县卫生健康局', '县发展改革局', '县财政局']],
    ['内容。(县卫生健康局、县民政局按职责负责)', ['*县卫生健康局', '县民政局']],
    ['内容。（县卫生健康局、县民政局等部门按职责分工负责）', ['*县卫生健康局', '县民政局']],
    ['内容。（县卫生健康局负责）', ['*县卫生健康局']],
    ['内容。（2025年底前完成，县卫生健康局负责）', ['*县卫生健康局']],
  ])('units sharing a task, the first named leading: %s', (text, units) => expect(read(text)).toEqual(units));

  it.each([
    [
      '内容。责任单位：县卫生健康局（牵头），县财政局，各乡镇人民政府。',
      ['*县卫生健康局', '县财政局', '各乡镇人民政府'],
    ],
    ['内容。责任单位:县卫生健康局(牵头)、县财政局、各乡镇人民政府。', ['*县卫生健康局', '县财政局', '各乡镇人民政府']],
    ['内容。责任单位：县教育局，县卫生健康局（牵头）', ['*县卫生健康局', '县教育局']],
    ['内容。\n牵头单位：市卫生健康委\n配合单位：市教育局、市体育局\n', ['*市卫生健康委', '市教育局', '市体育局']],
    ['内容。\n牵头单位：市卫生健康委。\n配合单位：市教育局，市体育局。', ['*市卫生健康委', '市教育局', '市体育局']],
    ['内容。牵头单位：市卫生健康委　配合单位：市教育局', ['*市卫生健康委', '市教育局']],
    [
      '\n牵头单位：区卫生健康局\n配合单位：区教育局\n建设示范性托育机构，推动托育服务扩容。',
      ['*区卫生健康局', '区教育局'],
    ],
    ['内容。(牵头单位:区卫生健康局,配合单位:区教育局、区体育局)', ['*区卫生健康局', '区教育局', '区体育局']],
  ])('unbracketed lists: %s', (text, units) => expect(read(text)).toEqual(units));

  it.each([
    ['内容。（牵头单位：市卫生\n健康委；配合单位：市财\n政局、市教育局）', ['*市卫生健康委', '市财政局', '市教育局']],
    [
      '内容。（市卫生健康委牵头，市发展改革委、\n市财政局按职责分工负责）',
      ['*市卫生健康委', '市发展改革委', '市财政局'],
    ],
    [
      '内容。责任单位：县卫生健康局（牵头），县发展\n改革局，各乡镇人民政府。',
      ['*县卫生健康局', '县发展改革局', '各乡镇人民政府'],
    ],
    ['内容。（牵头单位：市 卫 生 健 康 委；配合单位：市教育局）', ['*市卫生健康委', '市教育局']],
    ['内容。（牵\n头单位：市卫生健康委；配合单位：市教育局）', ['*市卫生健康委', '市教育局']],
    ['内容。（市卫生健康委牵头，市教育局按职责分工负\n责）', ['*市卫生健康委', '市教育局']],
    [
      '内容。\n\n**牵头单位**：区卫生健康局\n\n**配合单位**：区教育局、区体育局',
      ['*区卫生健康局', '区教育局', '区体育局'],
    ],
    [
      '内容。（牵头单位： 市卫生健康委 ； 配合单位： 市财政局 、 市教育局 ）',
      ['*市卫生健康委', '市财政局', '市教育局'],
    ],
    [
      '内容。\n牵头单位：市卫生健康委\n配合单位：市财政局 市教育局　市体育局\n',
      ['*市卫生健康委', '市财政局', '市教育局', '市体育局'],
    ],
  ])('across line breaks and spaced letters: %s', (text, units) => expect(read(text)).toEqual(units));

  it('applies the plan-wide first-leads rule to unmarked lists only', () => {
    expect(read('内容。（责任单位：市卫生健康委、市委宣传部，各县（市、区）人民政府）', true)).toEqual([
      '*市卫生健康委',
      '市委宣传部',
      '各县（市、区）人民政府',
    ]);
    expect(read('内容。（责任单位：市卫生健康委、市委宣传部）')).toEqual(['市卫生健康委', '市委宣传部']);
    expect(read('内容。（市委宣传部牵头，市卫生健康委按职责分工负责）', true)).toEqual(['*市委宣传部', '市卫生健康委']);
  });

  it('reads the declaration of the first-leads rule in other words', () => {
    for (const s of [
      '各项任务所列责任单位中，排在首位的为牵头单位',
      '排第一的为牵头单位,下同',
      '所列部门中位列第一的是牵头部门',
      '以下各项任务中排名第一的单位负责牵头',
      '各项任务所列责任单位中，排在首\n位的为牵头单位',
    ])
      expect(declaresFirstLeads(s, rules)).toBe(true);
    expect(declaresFirstLeads('各牵头单位要会同配合单位建立工作台账', rules)).toBe(false);
    expect(planDeclaresFirstLeads('一、任务\n所列单位中排在首\n位的为牵头单位。\n', rules)).toBe(true);
    expect(planDeclaresFirstLeads('建成全省第一个示范区。\n县医院为牵头医院。', rules)).toBe(false);
    expect(read('内容。(责任单位:市委宣传部(市文明办)、市卫生计生委。排第一的为牵头单位,下同。)', true)).toEqual([
      '*市委宣传部(市文明办)',
      '市卫生计生委',
    ]);
  });

  it('keeps redacted entries as written, trimmed', () => {
    expect(read('内容。(责任单位: (略) 、市卫生计生委、 (略) )')).toEqual(['(略)', '市卫生计生委', '(略)']);
    expect(read('内容。[责任单位: (略) 区(园区)人民政府(管委会)、市农委]')).toEqual([
      '(略) 区(园区)人民政府(管委会)',
      '市农委',
    ]);
  });

  it('takes the last clause of a body, and does not read prose that mentions 牵头', () => {
    expect(read('由综合实力强的市办医院牵头,社区卫生服务机构、护理院等组成,统筹发展。')).toBeNull();
    expect(read('各牵头单位要会同配合单位建立工作台账。')).toBeNull();
    expect(read('组建以县人民医院为牵头医院的医共体。（县卫生健康局牵头，县医保局配合）')).toEqual([
      '*县卫生健康局',
      '县医保局',
    ]);
  });
});

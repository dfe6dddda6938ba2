import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/lib/extract/outline/build.ts';
import { loadRules } from '../../src/lib/extract/rules/load-rules.ts';

const rules = loadRules();
const titles = (text: string) => {
  const o = buildOutline(text, text.length, rules);
  return o.headings.map((h) => `${h.depth}:${text.slice(h.start, h.titleEnd)}:${h.scope ?? '-'}`);
};

describe('outline', () => {
  it('nests numbering styles by order of appearance and classifies sections', () => {
    const text =
      '一、总体要求\n坚持以人民健康为中心。\n二、主要任务\n(一)强化基层\n1.加强队伍建设。内容。\n2.提升服务能力。内容。\n(二)完善体系\n三、保障措施\n(一)加强组织领导\n';
    expect(titles(text)).toEqual([
      '1:一、总体要求:principle',
      '1:二、主要任务:task',
      '2:(一)强化基层:task',
      '3:1.加强队伍建设:task',
      '3:2.提升服务能力:task',
      '2:(二)完善体系:task',
      '1:三、保障措施:safeguard',
      '2:(一)加强组织领导:safeguard',
    ]);
  });

  it('accepts a numbering gap at a line start and reports it', () => {
    const o = buildOutline('一、任务\n(一)甲\n1.第一项。\n4.第四项。\n', 100, rules);
    expect(o.headings.map((h) => h.gap)).toEqual([0, 0, 0, 2]);
  });

  it('reads headings that lost their line breaks, and a run-in heading glued to its parent', () => {
    const text =
      '第一章规划背景一、发展现状内容。第二章主要任务及举措一、推进高水平健康城市建设健全健康组织体系。强化党政主导、部门协同的格局。强化健康综合促进。加强免疫规划工作,接种率达到95%。';
    expect(titles(text)).toEqual([
      '1:第一章规划背景:background',
      '2:一、发展现状:background',
      '1:第二章主要任务及举措:task',
      '2:一、推进高水平健康城市建设:task',
      '3:健全健康组织体系:task',
      '3:强化健康综合促进:task',
    ]);
  });

  it('skips a table of contents and takes heading titles from it', () => {
    const text =
      '一、开创新局面1(一)发展基础1(二)指导思想2二、优化资源配置4为加快建立体系,制定本规划。一、开创新局面(一)发展基础到2020年,机构达到7966个。(二)指导思想坚持人民至上。二、优化资源配置(一)床位资源配置1 .优化床位布局。内容。';
    const o = buildOutline(text, text.length, rules);
    expect(o.toc).toHaveLength(1);
    expect(o.headings[0]!.start).toBeGreaterThan(o.toc[0]!.end - 1);
    expect(titles(text)).toEqual([
      '1:一、开创新局面:-',
      '2:(一)发展基础:background',
      '2:(二)指导思想:principle',
      '1:二、优化资源配置:task',
      '2:(一)床位资源配置:task',
      '3:1 .优化床位布局:task',
    ]);
  });

  it('does not take "一、二级医院" for a heading', () => {
    expect(titles('一、总则\n加强一、二级医院建设。\n二、主要任务\n')).toEqual(['1:一、总则:-', '1:二、主要任务:task']);
  });

  it('reads re-post headings "01 总体目标" and circled items', () => {
    const text =
      '01 总体目标\n到2025年，人均预期寿命达到79岁。\n02｜重点任务\n① 加强健康教育。普及知识。\n②推进医养结合；签约合作。\n03 保障措施\n加强领导。\n';
    expect(titles(text)).toEqual([
      '1:01 总体目标:goal',
      '1:02｜重点任务:task',
      '2:① 加强健康教育:task',
      '2:②推进医养结合:task',
      '1:03 保障措施:safeguard',
    ]);
  });

  it('does not take two digits and a space inside a line, or a lone "01" line, for headings', () => {
    expect(titles('一、主要任务\n建设 12 个中心和 20 个站点。\n01\n')).toEqual(['1:一、主要任务:task']);
  });

  it('reads 第X章 / 第X节 / （一） / indented "1．" run-in items, titles ending at 。, ； or ：', () => {
    const text =
      '第一章　发展基础\n内容。\n第二章　主要任务\n第一节　全面推进健康建设\n（一）深入实施健康行动\n　　1．加强健康教育和健康促进。建立网络。\n　　2．倡导文明健康生活方式；推广“三减三健”。\n　　3．加强心理健康服务：建立热线。\n第三章　保障措施\n';
    expect(titles(text).slice(1)).toEqual([
      '1:第二章　主要任务:task',
      '2:第一节　全面推进健康建设:task',
      '3:（一）深入实施健康行动:task',
      '4:1．加强健康教育和健康促进:task',
      '4:2．倡导文明健康生活方式:task',
      '4:3．加强心理健康服务:task',
      '1:第三章　保障措施:safeguard',
    ]);
  });

  it('reads "1）" and "1、" items', () => {
    const text =
      '一、总体要求\n内容。\n二、重点任务\n（一）强化基层\n1、加强队伍建设。内容。\n2、提升服务能力。内容。\n（二）完善体系\n1）健全网络。内容。\n2）优化布局。内容。\n';
    expect(titles(text).slice(3)).toEqual([
      '3:1、加强队伍建设:task',
      '3:2、提升服务能力:task',
      '2:（二）完善体系:task',
      '3:1）健全网络:task',
      '3:2）优化布局:task',
    ]);
  });

  it('ends a 专栏 box where the numbering of the list around it goes on', () => {
    const box = '专栏1　重大项目\n1．甲项目。建设。\n2．乙项目。建设。\n3．丙项目。建设。\n';
    const a = `一、总体要求\n内容。\n二、主要任务\n（一）优化资源\n1．建设市级医院。内容。\n2．提升县级医院。内容。\n${box}（二）夯实基层\n1．推进标准化建设。内容。\n`;
    expect(
      titles(a)
        .filter((t) => !/专栏|项目/u.test(t))
        .slice(1),
    ).toEqual([
      '1:二、主要任务:task',
      '2:（一）优化资源:task',
      '3:1．建设市级医院:task',
      '3:2．提升县级医院:task',
      '2:（二）夯实基层:task',
      '3:1．推进标准化建设:task',
    ]);
    const b = `一、总体要求\n内容。\n二、主要任务\n（一）优化资源\n1．建设市级医院。内容。\n2．提升县级医院。内容。\n${box}\n3．提高服务质量。内容。\n`;
    const o = buildOutline(b, b.length, rules);
    const last = o.headings[o.headings.length - 1]!;
    expect(b.slice(last.start, last.titleEnd)).toBe('3．提高服务质量');
    expect(last.inColumn).toBe(false);
    expect(last.depth).toBe(3);
  });

  it('reads full-width digits, spaced chapter words and symbol bullets of OCR copies and re-posts', () => {
    const text =
      '第 一 章　总体要求\n内容。\n第 二 章　主要任务\n１．加强健康教育。内容。\n▶ ２．推进医养结合。内容。\n◆3．提升基层能力。内容。\n';
    expect(titles(text).slice(1)).toEqual([
      '1:第 二 章　主要任务:task',
      '2:１．加强健康教育:task',
      '2:２．推进医养结合:task',
      '2:3．提升基层能力:task',
    ]);
  });

  it('carries a run-in title over a line broken at the printed width, and only then', () => {
    const line = (s: string) => s.padEnd(20, '容');
    const printed = [
      '一、总体要求',
      line('　　内容内容内容内容内容内容内容'),
      line('内容内容内容内容内容内容内容内容'),
      '二、主要任务',
      '　　1．加强健康教育和健康促进工作体系建',
      '设。建立网络，推进知识普及行动，完善传播',
      line('机制，开展形式多样的传播活动内容'),
      '　　2．推进医养结合。内容。',
    ].join('\n');
    expect(titles(printed)[2]).toBe('2:1．加强健康教育和健康促进工作体系建\n设:task');
    const ordinary = '一、总体要求\n内容。\n二、主要任务\n　　1．加强健康教育和健康促进工作体系建\n设。建立网络。\n';
    expect(titles(ordinary)[2]).toBe('2:1．加强健康教育和健康促进工作体系建:task');
  });

  it('classifies other task and step chapter words from rules.yaml', () => {
    const text = '一、工作目标\n内容。\n二、工作措施\n（一）加强基层\n三、实施步骤\n（一）动员部署阶段\n';
    expect(titles(text)).toEqual([
      '1:一、工作目标:goal',
      '1:二、工作措施:task',
      '2:（一）加强基层:task',
      '1:三、实施步骤:safeguard',
      '2:（一）动员部署阶段:safeguard',
    ]);
  });
});

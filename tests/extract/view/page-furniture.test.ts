import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

const body = (n: number) => `　　第${n}段正文，推进各项工作落实，确保取得实效，提升群众获得感和满意度。`;

describe('page numbers', () => {
  it.each([
    ['— 9 —'],
    ['- 9 -'],
    ['-9-'],
    ['－９－'],
    ['—9—'],
    ['第9页'],
    ['第 9 页 共 30 页'],
    ['第９页／共３０页'],
    ['共30页 第9页'],
    ['Page 9 of 30'],
    ['   — 9 —   '],
  ])('cuts "%s" and joins the sentence it split', (marker) => {
    const text = `（一）加强领导\n　　到2025年，孕产妇死亡率控制在\n${marker}\n12/10万以下。（牵头单位：市卫生健康委；配合单位：\n${marker}\n市财政局）\n`;
    const { view, kinds, setApart } = read(text);
    expect(view.text).toBe(
      '（一）加强领导\n　　到2025年，孕产妇死亡率控制在12/10万以下。（牵头单位：市卫生健康委；配合单位：市财政局）\n',
    );
    expect(kinds).toEqual(['page-number', 'page-number']);
    expect(setApart.every((c) => c.joined)).toBe(true);
  });

  it('keeps the line break where the sentence had ended, and blank lines around stay one break', () => {
    const { view } = read('第一段结束。\n\n— 3 —\n\n　　第二段开始。\n标题下面\n- 4 -\n（二）下一个标题\n');
    expect(view.text).toBe('第一段结束。\n\n\n　　第二段开始。\n标题下面\n（二）下一个标题\n');
  });

  it('does not join a heading to the text after the page break', () => {
    const { view } = read('（三）健全重大疫情救治体系\n— 6 —\n以市公共卫生临床中心为龙头，构建救治体系。\n');
    expect(view.text).toBe('（三）健全重大疫情救治体系\n以市公共卫生临床中心为龙头，构建救治体系。\n');
  });

  it('cuts a page number between table rows without joining the rows', () => {
    const text =
      '13\t\t儿童青少年总体近视率\t%\t53.1\t持续下降\t约束性\n— 4 —\n15\t\t基层诊疗量占比\t%\t56.7\t≥65\t预期性\n';
    const { view } = read(text);
    expect(view.text).toBe(
      '13\t\t儿童青少年总体近视率\t%\t53.1\t持续下降\t约束性\n15\t\t基层诊疗量占比\t%\t56.7\t≥65\t预期性\n',
    );
    const spaced = '1  孕产妇死亡率   /10万   12\n第 2 页\n2  婴儿死亡率   ‰   5\n';
    expect(read(spaced).view.text).toBe('1  孕产妇死亡率   /10万   12\n2  婴儿死亡率   ‰   5\n');
  });

  it('takes "9/30" lines for page numbers only when the total repeats', () => {
    const pages = [1, 2, 3].map((n) => `${body(n)}\n${n}/3`).join('\n');
    expect(read(pages).kinds).toEqual(['page-number', 'page-number', 'page-number']);
    expect(read(`${body(1)}\n1/2\n${body(2)}\n`).kinds).toEqual([]);
  });

  it('takes a run of bare numbers far apart between text lines for page numbers', () => {
    const page = (n: number) => Array.from({ length: 9 }, (_, k) => body(n * 10 + k)).join('\n');
    const text = [1, 2, 3, 4].map((n) => `${page(n)}\n${n + 4}`).join('\n');
    const { view, kinds } = read(text);
    expect(kinds).toEqual(['page-number', 'page-number', 'page-number', 'page-number']);
    expect(view.text).not.toMatch(/\n\d+(\n|$)/u);
  });

  it('leaves bare numbers of a one-cell-per-line table and a lone number alone', () => {
    const table = '序号\n指标\n目标值\n1\n孕产妇死亡率\n12\n2\n婴儿死亡率\n5\n3\n人均预期寿命\n79\n';
    expect(read(table).kinds).toEqual([]);
    expect(read(`${body(1)}\n7\n${body(2)}\n`).kinds).toEqual([]);
  });
});

describe('running headers', () => {
  const page = (n: number) => `${body(n)}\n${body(n + 1)}，并且要求`;

  it('cuts a line repeated next to page numbers and joins the sentence across it', () => {
    const title = '某某市“十四五”卫生健康事业发展规划';
    const text = `${title}\n${page(1)}\n— 1 —\n${title}\n继续推进。\n${page(3)}\n— 2 —\n${title}\n继续推进。\n`;
    const { view, kinds } = read(text);
    // the first one on the first pages is the plan's own title
    expect(view.text.startsWith(`${title}\n`)).toBe(true);
    expect(view.text.split(title).length).toBe(2);
    expect(view.text).toContain('并且要求继续推进。');
    expect(kinds.filter((k) => k === 'page-header').length).toBe(2);
  });

  it('cuts a repeated letterhead even without page numbers, but not the one opening the text', () => {
    const head = '某某县人民政府办公室文件';
    const text = `${head}\n某政办发〔2024〕3号\n${page(1)}\n${head}\n继续推进。\n${page(2)}\n${head}\n继续推进。\n`;
    const { view } = read(text);
    expect(view.text.split(head).length).toBe(2);
    expect(view.text.startsWith(head)).toBe(true);
    expect(view.text).toContain('并且要求继续推进。');
  });

  it('leaves a responsibility line repeated under many tasks', () => {
    const text = [1, 2, 3].map((n) => `${n}．任务${n}\n${body(n)}\n（责任单位：市卫生健康委）\n— ${n} —`).join('\n');
    const { view } = read(text);
    expect(view.text.split('（责任单位：市卫生健康委）').length).toBe(4);
  });
});

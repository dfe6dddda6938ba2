import { describe, expect, it } from 'vitest';
import { loadRules } from '../../../src/lib/extract/rules/load-rules.ts';
import { findBoilerplate } from '../../../src/lib/extract/view/boilerplate.ts';
import { findPageMarkers } from '../../../src/lib/extract/view/page-markers.ts';
import { cutView, toSource } from '../../../src/lib/extract/view/text-view.ts';

describe('page markers', () => {
  const text = '前言。\n1、目录一、总则二、任务为加快建\n2、设,制定本规划。救护车按每3万人口1辆的标\n3、准配置。';

  it('cuts a run of page numbers and joins the words they split', () => {
    const view = cutView(text, findPageMarkers(text));
    expect(view.text).toContain('为加快建设,制定');
    expect(view.text).toContain('1辆的标准配置');
    expect(view.text).not.toMatch(/\n\d、/u);
  });

  it('maps every view offset back to the same character of the source', () => {
    const view = cutView(text, findPageMarkers(text));
    const at = view.text.indexOf('标准配置');
    const span = toSource(view, at, at + 4);
    expect(text.slice(span.start, span.end)).toBe('标\n3、准配置');
  });

  it('leaves a numbered list whose items end their sentences', () => {
    const list = '要求如下:\n1、加强领导。\n2、落实责任。\n3、强化考核。';
    expect(findPageMarkers(list)).toEqual([]);
  });
});

describe('boilerplate', () => {
  const rules = loadRules();

  it('finds where trailing site chrome starts', () => {
    const text = '四、加强监督评估\n\n建立规划监测评估机制。\n\n\n展开\n投资咨询热线\n400-168-6016\n  • 招商引资政策';
    const { tail } = findBoilerplate(text, rules);
    expect(text.slice(tail).startsWith('展开')).toBe(true);
  });

  it('does not take a plan sentence that uses a chrome word for chrome', () => {
    const text = '全面展开基层卫生服务能力提升行动,确保各项任务落到实处,推动卫生健康事业高质量发展。';
    expect(findBoilerplate(text, rules).lines).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { matrixHtml, matrixText } from '../../src/lib/site/clip/table-html.ts';

const m = {
  caption: '对照<表>',
  head: [['地区', '目标']],
  body: [
    ['甲市', '≤10/10万'],
    ['<b>乙</b>', 'a\tb'],
  ],
  source: '来源：规划指标库',
};

describe('copy as table', () => {
  it('writes an HTML table that Word pastes as a table, cell text escaped', () => {
    const html = matrixHtml(m);
    expect(html).toContain('<table');
    expect(html).toContain('<th style="border:1px solid #999;padding:2pt 4pt;vertical-align:top">地区</th>');
    expect(html).toContain('&lt;b&gt;乙&lt;/b&gt;');
    expect(html).toContain('<b>对照&lt;表&gt;</b>');
    expect(html).not.toContain('<b>乙');
  });

  it('writes tab-separated text with the caption and source', () => {
    expect(matrixText(m).split('\n')).toEqual([
      '对照<表>',
      '地区\t目标',
      '甲市\t≤10/10万',
      '<b>乙</b>\ta b',
      '来源：规划指标库',
    ]);
  });
});

describe('copy as table: group rows and links', () => {
  const grouped = {
    caption: '孕产妇死亡率：各地目标',
    head: [['地区', '目标', '原文']],
    body: [
      [{ text: '2025年目标（按积极程度排序）', colspan: 3 }],
      ['甲市', '≤10/10万', { text: '查看原文', href: 'https://intranet.example/plans/a/#a-i1' }],
      ['乙县', '≤12/10万', { text: '查看原文', href: 'javascript:alert(1)' }],
    ],
    source: '来源：规划指标库',
  };

  it('keeps a group row’s span in the HTML', () => {
    expect(matrixHtml(grouped)).toMatch(/<td colspan="3" style="[^"]*">2025年目标（按积极程度排序）<\/td>/u);
    expect(matrixHtml(grouped)).not.toContain('colspan="1"');
  });

  it('keeps 查看原文 as a link to the record, and only web addresses', () => {
    const html = matrixHtml(grouped);
    expect(html).toContain('<a href="https://intranet.example/plans/a/#a-i1">查看原文</a>');
    expect(html).not.toContain('javascript:');
    expect(html.match(/<a /gu)).toHaveLength(1);
  });

  it('gives a spanning cell its columns in the tab-separated text', () => {
    const lines = matrixText(grouped).split('\n');
    expect(lines[2]).toBe('2025年目标（按积极程度排序）\t\t');
    expect(lines[3]).toBe('甲市\t≤10/10万\t查看原文');
  });
});

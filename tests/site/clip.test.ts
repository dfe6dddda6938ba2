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

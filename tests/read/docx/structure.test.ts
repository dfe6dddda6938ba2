import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/lib/read/docx/index.ts';
import { makeDocx, p } from './make-docx.ts';

const read = (parts: Parameters<typeof makeDocx>[0]) => readDocx(makeDocx(parts), 't.docx');
const headings = (parts: Parameters<typeof makeDocx>[0]): [number | undefined, string][] => {
  const r = read(parts);
  return (r.blocks ?? []).filter((b) => b.kind === 'heading').map((b) => [b.level, r.text.slice(b.start, b.end)]);
};

describe('docx headings', () => {
  const styles =
    '<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="标题 1"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="章标题"/><w:basedOn w:val="Heading2"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Sec"><w:name w:val="节"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="正文"/><w:basedOn w:val="Body"/></w:style>';

  it('reads the level from the style name, the basedOn chain, the style outline level or the paragraph', () => {
    const body = [
      p('一、总体要求', { style: 'a1' }),
      p('（一）目标', { style: 'Heading2' }),
      p('第二章', { style: 'Chapter' }),
      p('1.节', { style: 'Sec' }),
      p('直接大纲', { outline: 0 }),
      p('正文段落', { style: 'Body' }),
      p('正文级别', { style: 'a1', outline: 9 }),
    ].join('');
    expect(headings({ body, styles })).toEqual([
      [1, '一、总体要求'],
      [2, '（一）目标'],
      [2, '第二章'],
      [3, '1.节'],
      [1, '直接大纲'],
    ]);
  });
});

describe('docx runs', () => {
  it('joins runs, turns tabs into spaces, starts a line at a break, skips deletions, hidden text and field codes', () => {
    const body =
      '<w:p><w:r><w:t>每千人口</w:t></w:r><w:r><w:t>床位数</w:t></w:r><w:r><w:tab/><w:t>7.5张</w:t></w:r>' +
      '<w:r><w:br/><w:t>第二行</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t>插入</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:br w:type="page"/><w:t>同行</w:t></w:r></w:p>';
    expect(read({ body }).text).toBe('每千人口床位数 7.5张\n第二行插入同行\n');
  });

  it('reads a text box once although the file holds it twice (Choice and Fallback)', () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>专栏1 工程</w:t></w:r></w:p></w:txbxContent>';
    const body =
      `<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x">${box}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox xmlns:v="y">${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(read({ body }).text).toBe('正文\n专栏1 工程\n');
  });

  it('counts a header and leaves its text out', () => {
    const r = read({ body: p('正文'), header: p('某某县人民政府文件') });
    expect(r.text).toBe('正文\n');
    expect(r.setApart).toEqual({ header: 1 });
  });
});

describe('docx tables', () => {
  const tc = (text: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;
  const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;

  it('merges down over several rows and across with gridSpan, after a gridBefore offset', () => {
    const restart = '<w:vMerge w:val="restart"/>';
    const cont = '<w:vMerge/>';
    const body =
      '<w:tbl>' +
      tr(tc('领域'), tc('指标'), tc('目标', '<w:gridSpan w:val="2"/>')) +
      tr(tc('健康', restart), tc('寿命'), tc('79'), tc('80')) +
      tr(tc('', cont), tc('死亡率'), tc('≤5'), tc('≤4')) +
      tr(tc('', cont), tc('床位'), tc('7.5', '<w:gridSpan w:val="2"/>')) +
      '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' +
      tc('注') +
      tc('') +
      tc('') +
      '</w:tr>' +
      '</w:tbl>';
    const r = read({ body });
    const grid = r.grids?.[0];
    expect(r.text.slice(grid?.start, grid?.end).split('\n')).toEqual([
      '| 领域 | 指标 | 目标 |  |',
      '| 健康 | 寿命 | 79 | 80 |',
      '|  | 死亡率 | ≤5 | ≤4 |',
      '|  | 床位 | 7.5 |  |',
      '|  | 注 |  |  |',
    ]);
    const rows = grid?.rows ?? [];
    expect(rows[3]?.[0]).toEqual({ ...rows[1]?.[0], merged: 'row' });
    expect(rows[2]?.[0]?.merged).toBe('row');
    expect(rows[3]?.[3]).toEqual({ ...rows[3]?.[2], merged: 'col' });
    for (const cell of rows.flat()) expect(r.text.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('runs a cell’s paragraphs together into one cell', () => {
    const cell = `<w:tc>${p('2023年')}${p('基期值')}</w:tc>`;
    const r = read({ body: `<w:tbl>${tr(cell, tc('b'))}${tr(tc('1'), tc('2'))}</w:tbl>` });
    expect(r.text.split('\n')[0]).toBe('| 2023年基期值 | b |');
  });
});

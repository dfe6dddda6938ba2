import { describe, expect, it } from 'vitest';
import { isPageNumber } from '../../../src/lib/read/pdf/furniture.ts';
import { layOut } from '../../../src/lib/read/pdf/layout.ts';
import { bodyLines, item, page } from './make-page.ts';

function text(pages: ReturnType<typeof page>[]): string[] {
  return layOut(pages).pieces.flatMap((p) =>
    p.kind === 'paragraph' ? [p.paragraph.parts.map((x) => x.text).join('')] : [],
  );
}

/** A page of body text with the given header and footer lines in its margins. */
function withFurniture(
  n: number,
  header: string | null,
  footer: string | null,
  body: string[],
): ReturnType<typeof page> {
  const items = bodyLines(body, 760);
  if (header) items.unshift(item(header, 200, 810, 10.5));
  if (footer) items.push(item(footer, 280, 40, 10.5));
  return page(n, items);
}

describe('page furniture', () => {
  it('recognises page numbers as printed', () => {
    for (const n of ['3', '— 3 —', '-3-', '- 12 -', '第3页', '第 3 页 共 8 页', '3/8', 'Page 3 of 8']) {
      expect(isPageNumber(n), n).toBe(true);
    }
    for (const n of ['3．坚持政府主导', '2025年', '第三章', '3个']) expect(isPageNumber(n), n).toBe(false);
  });

  it('sets apart page numbers in the footer and a running header, and counts them', () => {
    const pages = [1, 2, 3].map((n) =>
      withFurniture(n, '测试市卫生健康委员会', `— ${n} —`, [`第${n}页正文。`, '续。']),
    );
    const layout = layOut(pages);
    expect(layout.setApart).toEqual({ 'running-headers': 3, 'page-numbers': 3 });
    expect(text(pages)).toEqual(['第1页正文。', '续。', '第2页正文。', '续。', '第3页正文。', '续。']);
  });

  it('sets apart a running header whose page number changes, and "第N页" footers', () => {
    const pages = [1, 2].map((n) => withFurniture(n, `规划（第${n}页）`, `第${n}页 共2页`, ['正文。']));
    expect(layOut(pages).setApart).toEqual({ 'running-headers': 2, 'page-numbers': 2 });
  });

  it('keeps a first or last line that recurs on one page only, or is part of the body', () => {
    const pages = [
      withFurniture(1, '测试市卫生健康委员会', null, ['正文。']),
      withFurniture(2, null, null, ['3', '正文。']),
    ];
    expect(text(pages)).toEqual(['测试市卫生健康委员会', '正文。', '3', '正文。']);
  });

  it('sets apart the letterhead of a 公文 and hands it on as metadata text', () => {
    const first = page(1, [
      item('测试县人民政府办公室文件', 120, 780, 26),
      ...bodyLines(['关于印发的通知', '正文。'], 700),
    ]);
    const layout = layOut([first]);
    expect(layout.setApart).toEqual({ letterhead: 1 });
    expect(layout.metaText).toBe('测试县人民政府办公室文件');
  });

  it('does not take a table header row repeated at the top of pages for a running header', () => {
    const header = (): ReturnType<typeof item>[] =>
      ['类别', '指标', '单位', '目标值'].map((t, i) => item(t, 60 + i * 120, 800, 9));
    const rows = (n: number): ReturnType<typeof item>[] =>
      ['', `指标${n}`, '%', `${n}`].flatMap((t, i) => (t ? [item(t, 60 + i * 120, 770, 9)] : []));
    const pages = [1, 2, 3].map((n) => page(n, [...header(), ...rows(n)]));
    const layout = layOut(pages);
    expect(layout.setApart['running-headers']).toBeUndefined();
    expect(layout.setApart['repeated-table-headers']).toBe(2);
  });
});

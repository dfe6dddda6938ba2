import { describe, expect, it } from 'vitest';
import { layOut } from '../../../src/lib/read/pdf/layout.ts';
import { pageLines } from '../../../src/lib/read/pdf/lines.ts';
import { bodyLines, item, page } from './make-page.ts';

/** Paragraph texts of a document given as pages of items. */
function paragraphs(pages: ReturnType<typeof page>[]): string[] {
  return layOut(pages).pieces.flatMap((p) =>
    p.kind === 'paragraph' ? [p.paragraph.parts.map((x) => x.text).join('')] : [],
  );
}

// 36 wide characters of 12 pt from x = 60 reach x = 492, the right margin of these pages
const FULL = '一二三四五六七八九十'.repeat(3) + '甲乙丙丁戊己';

describe('lines', () => {
  it('puts items on one line despite a small baseline shift, left to right', () => {
    const lines = pageLines(page(1, [item('床位数', 96, 700.2), item('每千人口', 48, 700), item('7.5', 132, 698.5)]));
    expect(lines.map((l) => l.text)).toEqual(['每千人口床位数7.5']);
  });

  it('reads letter-spaced Chinese without its spaces, and keeps one for a wide spread', () => {
    const spaced = pageLines(page(1, [item('目', 200, 700), item('录', 236, 700)]));
    expect(spaced.map((l) => l.text)).toEqual(['目录']);
    const spread = pageLines(page(1, [item('石泉县人民政府办公室', 60, 700), item('2024年4月2日', 400, 700)]));
    expect(spread.map((l) => l.text)).toEqual(['石泉县人民政府办公室 2024年4月2日']);
  });

  it('splits a line into cells at wide gaps', () => {
    const lines = pageLines(
      page(1, [item('县域内就诊率', 100, 700, 9), item('%', 290, 700, 9), item('86.3', 320, 700, 9)]),
    );
    expect(lines[0]?.segments.map((s) => s.text)).toEqual(['县域内就诊率', '%', '86.3']);
  });
});

describe('paragraphs', () => {
  it('rejoins a line broken by the page width, mid-word and before a digit', () => {
    const items = bodyLines([FULL, FULL, '需要，也是到 2026 年的重要举措。', '另一段。']);
    expect(paragraphs([page(1, items)])).toEqual([`${FULL}${FULL}需要，也是到2026年的重要举措。`, '另一段。']);
  });

  it('joins a line that stops short because the number after it is never broken', () => {
    // the layout carried "60%、55%以上" over whole, leaving five characters of room
    const short = FULL.slice(0, 31);
    expect(paragraphs([page(1, bodyLines([short, '60%、55%以上。', FULL, '完。']))])).toEqual([
      `${short}60%、55%以上。`,
      `${FULL}完。`,
    ]);
    // the same room before a Chinese word is a paragraph's end
    expect(paragraphs([page(1, bodyLines([FULL, '完。', short, '另起一段。']))])).toEqual([
      `${FULL}完。`,
      short,
      '另起一段。',
    ]);
  });

  it('ends a paragraph at a line that stops short of the margin', () => {
    const items = bodyLines(['（一）指导思想', FULL, '结束。', '二、主要目标']);
    expect(paragraphs([page(1, items)])).toEqual(['（一）指导思想', `${FULL}结束。`, '二、主要目标']);
  });

  it('without paragraph spacing or indents, a full line ending a sentence ends the paragraph', () => {
    const ends = `${FULL.slice(0, 35)}。`;
    expect(paragraphs([page(1, bodyLines([ends, '下一段。', FULL, '又一段。']))])).toEqual([
      ends,
      '下一段。',
      `${FULL}又一段。`,
    ]);
  });

  it('with paragraphs marked by extra space, a full line ending a sentence continues at the line pitch', () => {
    const ends = `${FULL.slice(0, 35)}。`;
    const items = [
      ...bodyLines([ends, '（县卫生健康局负责）'], 780),
      ...bodyLines([FULL, '第二段。'], 720),
      ...bodyLines([FULL, '第三段。'], 660),
    ];
    expect(paragraphs([page(1, items)])).toEqual([`${ends}（县卫生健康局负责）`, `${FULL}第二段。`, `${FULL}第三段。`]);
  });

  it('with first-line indents, an indented line starts a paragraph even after a full line', () => {
    const items = [
      item(FULL.slice(2), 84, 780),
      item(FULL, 60, 762),
      item('完。', 60, 744),
      item(FULL.slice(2), 84, 726),
      item(FULL, 60, 708),
      item(`${FULL.slice(0, 35)}。`, 60, 690),
      item('新段落。', 84, 672),
    ];
    expect(paragraphs([page(1, items)])).toEqual([
      `${FULL.slice(2)}${FULL}完。`,
      `${FULL.slice(2)}${FULL}${FULL.slice(0, 35)}。`,
      '新段落。',
    ]);
  });

  it('joins a paragraph across a page break and keeps each part on its page', () => {
    const { pieces } = layOut([page(1, bodyLines(['开头。', FULL])), page(2, bodyLines(['续完。', '另起。']))]);
    const parts = pieces.flatMap((p) => (p.kind === 'paragraph' ? [p.paragraph.parts] : []));
    expect(parts[1]).toEqual([
      { text: FULL, page: 1 },
      { text: '续完。', page: 2 },
    ]);
    expect(parts).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { piecesOf, type MarkSpan } from '../../src/lib/site/marks.ts';
import { guessOutline } from '../../src/lib/site/outline-guess.ts';
import { paragraphAt, splitParagraphs } from '../../src/lib/site/paragraphs.ts';
import { splitRedactions } from '../../src/lib/site/redactions.ts';

describe('splitParagraphs', () => {
  it('makes one paragraph per non-blank line with counted anchors', () => {
    const text = '标题\n\n  第一段。\r\n第二段。\n';
    const ps = splitParagraphs(text);
    expect(ps.map((p) => [p.anchor, text.slice(p.start, p.end)])).toEqual([['p1', '标题'], ['p2', '  第一段。'], ['p3', '第二段。']]);
    expect(paragraphAt(ps, 3)?.anchor).toBe('p2');
  });

  it('cuts a flattened line at sentence ends and loses no character', () => {
    const text = '句子内容比较长。'.repeat(200);
    const ps = splitParagraphs(text);
    expect(ps.length).toBeGreaterThan(3);
    expect(ps.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    expect(ps.every((p) => text[p.end - 1] === '。')).toBe(true);
  });
});

describe('piecesOf', () => {
  const marks: MarkSpan[] = [
    { id: 'task', kind: 'task', start: 2, end: 20 },
    { id: 'target', kind: 'target', start: 5, end: 9 },
  ];

  it('cuts at record boundaries and anchors records where they start', () => {
    const pieces = piecesOf({ start: 0, end: 12 }, marks);
    expect(pieces.map((p) => [p.start, p.end, p.task, p.target, p.starts.map((s) => s.id)])).toEqual([
      [0, 2, null, null, []],
      [2, 5, 'task', null, ['task']],
      [5, 9, 'task', 'target', ['target']],
      [9, 12, 'task', null, []],
    ]);
  });

  it('continues a record from an earlier paragraph without a second anchor', () => {
    const pieces = piecesOf({ start: 14, end: 30 }, marks, 13);
    expect(pieces.map((p) => [p.start, p.end, p.task, p.starts.length])).toEqual([[14, 20, 'task', 0], [20, 30, null, 0]]);
  });

  it('anchors a record that begins in the gap before the paragraph at its start', () => {
    const pieces = piecesOf({ start: 14, end: 30 }, [{ id: 'gap', kind: 'task', start: 13, end: 16 }], 12);
    expect(pieces[0]!.starts.map((s) => s.id)).toEqual(['gap']);
  });
});

describe('splitRedactions', () => {
  it('marks each (略) in either bracket width', () => {
    expect(splitRedactions('甲 (略) 乙（略）')).toEqual([
      { text: '甲 ', redacted: false },
      { text: '(略)', redacted: true },
      { text: ' 乙', redacted: false },
      { text: '（略）', redacted: true },
    ]);
    expect(splitRedactions('')).toEqual([{ text: '', redacted: false }]);
  });
});

describe('guessOutline', () => {
  it('reads chapter, 一、 and （一） openings as three levels', () => {
    const text = '前言\n第一章 总体要求\n一、指导思想\n（一）加强基层。正文继续\n';
    const outline = guessOutline(text, splitParagraphs(text));
    expect(outline.map((o) => [o.depth, o.numbering, o.title])).toEqual([[1, '第一章', '总体要求'], [2, '一、', '指导思想'], [3, '（一）', '加强基层']]);
    expect(outline.every((o) => text.slice(o.start, o.end) === o.quote)).toBe(true);
  });
});

describe('guessOutline on flattened text', () => {
  it('ignores numbering that only appears mid-line', () => {
    const text = `${'前文说明。'.repeat(61)}（三）资源配置进一步优化。${'正文内容。'.repeat(130)}`;
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.some((p) => text.startsWith('（三）', p.start))).toBe(true);
    expect(guessOutline(text, paragraphs)).toEqual([]);
  });
});

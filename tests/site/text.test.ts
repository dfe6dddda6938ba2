import { describe, expect, it } from 'vitest';
import { fillGaps, paragraphAt, tableRows } from '../../src/lib/site/data/structure.ts';
import { piecesOf, type MarkSpan } from '../../src/lib/site/marks.ts';
import { splitRedactions } from '../../src/lib/site/redactions.ts';
import type { ParagraphEntry } from '../../src/lib/types.ts';

const para = (anchor: string, start: number, end: number, kind: ParagraphEntry['kind'] = 'text'): ParagraphEntry => ({
  anchor,
  kind,
  start,
  end,
});

describe('fillGaps', () => {
  it('keeps exported paragraphs and their anchors as they are', () => {
    const text = '标题\n\n第一段。';
    const ps = [para('p1', 0, 2), para('p2', 4, 8)];
    expect(fillGaps(text, ps)).toEqual(ps);
  });

  it('adds a paragraph for words no paragraph covers, so no text is lost', () => {
    const text = '标题\n漏掉的字\n第一段。';
    const filled = fillGaps(text, [para('p1', 0, 2), para('p2', 8, 12)]);
    expect(filled.map((p) => [p.anchor, text.slice(p.start, p.end)])).toEqual([
      ['p1', '标题'],
      ['x2', '\n漏掉的字\n'],
      ['p2', '第一段。'],
    ]);
    expect(fillGaps('尾巴', []).map((p) => p.anchor)).toEqual(['x0']);
  });

  it('trims overlaps instead of showing text twice', () => {
    const filled = fillGaps('abcdef', [para('p1', 0, 4), para('p2', 2, 6)]);
    expect(filled.map((p) => [p.start, p.end])).toEqual([
      [0, 4],
      [4, 6],
    ]);
  });

  it('finds the paragraph for an offset, the next one in a gap, the last one past the end', () => {
    const ps = [para('p1', 0, 2), para('p2', 4, 8)];
    expect(paragraphAt(ps, 3)?.anchor).toBe('p2');
    expect(paragraphAt(ps, 99)?.anchor).toBe('p2');
  });
});

describe('tableRows', () => {
  it('gives each line of a table its own anchor and skips blank lines', () => {
    const text = '前文\n指标 | 2025年\n\n床位 | 6.5\n';
    const p = para('p7', 3, text.length - 1, 'table');
    expect(tableRows(text, p).map((r) => [r.anchor, text.slice(r.start, r.end)])).toEqual([
      ['p7-r1', '指标 | 2025年'],
      ['p7-r2', '床位 | 6.5'],
    ]);
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
    expect(pieces.map((p) => [p.start, p.end, p.task, p.starts.length])).toEqual([
      [14, 20, 'task', 0],
      [20, 30, null, 0],
    ]);
  });

  it('anchors a record that begins in the gap before the paragraph at its start', () => {
    const pieces = piecesOf({ start: 14, end: 30 }, [{ id: 'gap', kind: 'task', start: 13, end: 16 }], 12);
    expect(pieces[0]!.starts.map((s) => s.id)).toEqual(['gap']);
  });

  it('marks flags without giving them an anchor', () => {
    const flag: MarkSpan = { id: 'flag-0', kind: 'flag', start: 6, end: 8, note: '已修复', tone: 'repair' };
    const pieces = piecesOf({ start: 0, end: 12 }, [...marks, flag]);
    expect(pieces.find((p) => p.start === 6)?.flag?.note).toBe('已修复');
    expect(pieces.flatMap((p) => p.starts.map((s) => s.id))).not.toContain('flag-0');
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

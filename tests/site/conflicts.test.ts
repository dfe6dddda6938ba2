import { describe, expect, it } from 'vitest';
import { conflictNotes, conflictText } from '../../src/lib/site/conflicts.ts';
import { fileSize } from '../../src/lib/site/original-file.ts';
import type { IndicatorRecord } from '../../src/lib/types.ts';
import { indicator } from '../export/fixtures.ts';

const rec = (id: string, start: number, valueText: string, value: number, conflict: string[]): IndicatorRecord => ({
  ...indicator('p', start),
  id,
  valueText,
  value,
  op: null,
  unit: '岁',
  conflict,
});

describe('conflict notes', () => {
  const table = rec('a', 5, '76.8', 76.8, ['b']);
  const text = rec('b', 40, '76.3', 76.3, ['a']);
  const data = {
    indicators: [table, text],
    paragraphs: [
      { plan: 'p', anchor: 'p1', kind: 'table' as const, start: 0, end: 30 },
      { plan: 'p', anchor: 'p2', kind: 'text' as const, start: 31, end: 60 },
    ],
  };

  it('names the other value, its paragraph and links its permalink, both ways', () => {
    expect(conflictText(conflictNotes(data, table))).toBe('本规划另有表述：76.3岁（第2段）');
    expect(conflictText(conflictNotes(data, text))).toBe('本规划另有表述：76.8岁（第1段表格）');
    expect(conflictNotes(data, table)[0]!.href).toMatch(/#b$/u);
  });

  it('is empty for a target without conflict, and skips an id the export does not hold', () => {
    expect(conflictNotes(data, rec('c', 1, '1', 1, []))).toEqual([]);
    expect(conflictNotes(data, rec('d', 1, '1', 1, ['gone']))).toEqual([]);
  });
});

describe('file size', () => {
  it('reads bytes, KB and MB', () => {
    expect(fileSize(856)).toBe('856 字节');
    expect(fileSize(48.2 * 1024)).toBe('48.2 KB');
    expect(fileSize(1.3 * 1024 * 1024)).toBe('1.3 MB');
  });
});

import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/lib/site/chart.ts';
import { csvDocument } from '../../src/lib/site/csv.ts';

describe('layoutBars', () => {
  it('scales bars from zero to the largest value', () => {
    const items = [
      { label: '甲市', value: 80, valueLabel: '80岁', href: '#a' },
      { label: '乙县', value: 40, valueLabel: '40岁', href: '#b' },
    ];
    const chart = layoutBars(items, { width: 400, labelWidth: 100, valueRoom: 100, barHeight: 20, gap: 10 });
    expect(chart.bars.map((b) => b.width)).toEqual([200, 100]);
    expect(chart.bars.map((b) => b.y)).toEqual([10, 40]);
    expect(chart.height).toBe(70);
  });

  it('survives all-zero and negative values', () => {
    const chart = layoutBars([{ label: 'x', value: -1, valueLabel: '-1', href: '#' }]);
    expect(chart.bars[0]!.width).toBe(0);
  });
});

describe('csvDocument', () => {
  it('starts with a BOM, uses CRLF and quotes cells that need it', () => {
    const csv = csvDocument(
      ['地区', '目标'],
      [
        ['甲市', '≥80岁'],
        ['乙县, "县"', null],
        ['丙区', ['a', 'b']],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('地区,目标\r\n甲市,≥80岁\r\n"乙县, ""县""",\r\n丙区,a、b\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import { formatCell, quoteCell, toCsv } from '../../src/lib/export/csv.ts';

interface Row {
  name: string;
  value: number | null;
  list: string[];
  flag: boolean;
}

describe('toCsv', () => {
  const rows: Row[] = [
    { name: 'plain', value: 7.5, list: ['市卫生健康委', '市财政局'], flag: true },
    { name: 'has "quotes", a comma\nand a line', value: null, list: [], flag: false },
  ];
  const csv = toCsv(rows, ['name', 'value', 'list', 'flag']);

  it('starts with a BOM and ends every record with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('name,value,list,flag');
  });

  it('quotes and doubles quotes only where RFC 4180 needs it', () => {
    expect(csv).toContain('\r\nplain,7.5,市卫生健康委、市财政局,true\r\n');
    expect(csv).toContain('\r\n"has ""quotes"", a comma\nand a line",,,false\r\n');
  });

  it('formats cells', () => {
    expect(formatCell(null)).toBe('');
    expect(formatCell(undefined)).toBe('');
    expect(formatCell([2021, 2025])).toBe('2021、2025');
    expect(formatCell(Number.NaN)).toBe('');
    expect(quoteCell('a\rb')).toBe('"a\rb"');
    expect(quoteCell('≤9')).toBe('≤9');
  });
});

import type { TableData } from '../table.ts';
import { xlsxWorkbook } from './workbook.ts';

/** The table on its first sheet and its notes on a second, so the file explains itself when shared. */
export function tableWorkbook(table: TableData): Uint8Array<ArrayBuffer> {
  return xlsxWorkbook([
    { name: '数据', headers: table.headers, rows: table.rows },
    { name: '说明', headers: ['说明'], rows: [[table.title], ...table.notes.map((n) => [n])] },
  ]);
}

import { neutraliseFormula } from './csv-cell.ts';

/** Byte order mark: without it Excel opens UTF-8 CSV as the local ANSI code page and garbles Chinese. */
const BOM = '\uFEFF';
const EOL = '\r\n';
/** Joins list cells the way a Chinese reader writes a list. */
const LIST_SEPARATOR = '、';

/** RFC 4180 CSV (CRLF, quoted when needed) with a BOM; the header row is the column keys. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T)[]): string {
  const lines = [columns.map((c) => csvField(String(c)))];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])));
  return BOM + lines.map((cells) => cells.join(',') + EOL).join('');
}

/**
 * One field of every CSV the project writes (CLI export, site downloads, the browser's compare
 * export): formatted, a text that a spreadsheet would run as a formula neutralised, quoted.
 * Numbers are written as numbers and never prefixed.
 */
export function csvField(value: unknown): string {
  const cell = formatCell(value);
  return quoteCell(typeof value === 'number' ? cell : neutraliseFormula(cell));
}

export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(formatCell).join(LIST_SEPARATOR);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

export function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

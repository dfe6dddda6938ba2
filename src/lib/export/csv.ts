/** Byte order mark: without it Excel opens UTF-8 CSV as the local ANSI code page and garbles Chinese. */
const BOM = '\uFEFF';
const EOL = '\r\n';
/** Joins list cells the way a Chinese reader writes a list. */
const LIST_SEPARATOR = '、';

/** RFC 4180 CSV (CRLF, quoted when needed) with a BOM; the header row is the column keys. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T)[]): string {
  const lines = [columns.map((c) => quoteCell(String(c)))];
  for (const row of rows) lines.push(columns.map((c) => quoteCell(formatCell(row[c]))));
  return BOM + lines.map((cells) => cells.join(',') + EOL).join('');
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

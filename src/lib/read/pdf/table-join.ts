import { tidySpaces } from './join-text.ts';
import type { PdfTable } from './types.ts';

/** The most header rows a table repeats at the top of each page. */
const MAX_HEADER_ROWS = 3;

/**
 * A table that ends one page and one that starts the next, with the same columns, are one
 * table broken by the page. Word processors repeat the header rows on the new page; those
 * repeats are recognised (same texts as the first rows) and dropped, not read as data.
 * Returns the joined table and how many repeated rows were dropped, or null if not a continuation.
 */
export function continueTable(first: PdfTable, next: PdfTable): { table: PdfTable; dropped: number } | null {
  if (!sameColumns(first, next)) return null;
  const dropped = repeatedHeader(first, next);
  return {
    table: {
      rows: [...first.rows, ...next.rows.slice(dropped)],
      rowPages: [...first.rowPages, ...next.rowPages.slice(dropped)],
      columns: first.columns,
    },
    dropped,
  };
}

function sameColumns(a: PdfTable, b: PdfTable): boolean {
  if (a.columns.length !== b.columns.length) return false;
  const tolerance = 18;
  return a.columns.every((c, i) => {
    const d = b.columns[i];
    return d !== undefined && Math.min(c.x1, d.x1) - Math.max(c.x0, d.x0) > 0 && Math.abs(c.x0 - d.x0) < tolerance * 3;
  });
}

function repeatedHeader(first: PdfTable, next: PdfTable): number {
  for (let n = Math.min(MAX_HEADER_ROWS, first.rows.length - 1, next.rows.length); n >= 1; n--) {
    const same = first.rows.slice(0, n).every((row, r) => rowKey(row) === rowKey(next.rows[r] ?? []));
    if (same) return n;
  }
  return 0;
}

function rowKey(row: readonly { text: string }[]): string {
  return row.map((c) => tidySpaces(c.text).replace(/\s+/gu, '')).join('\t');
}

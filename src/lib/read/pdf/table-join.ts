import { finishRow } from './finish-row.ts';
import { tidySpaces } from './join-text.ts';
import type { PdfCell, PdfTable } from './types.ts';

/** The most header rows a table repeats at the top of each page. */
const MAX_HEADER_ROWS = 3;

/**
 * A table that ends one page and one that starts the next, with the same columns, are one
 * table broken by the page. Word processors repeat the header rows on the new page; those
 * repeats are recognised (same texts as the first rows) and dropped, not read as data.
 * Returns the joined table and how many repeated rows were dropped, or null if not a continuation.
 */
export function continueTable(first: PdfTable, next: PdfTable): { table: PdfTable; dropped: number } | null {
  const map = columnMap(first, next);
  if (!map) return null;
  const width = first.columns.length;
  const placed = next.rows.map((row) => {
    const out: PdfCell[] = Array.from({ length: width }, () => ({ text: '' }));
    row.forEach((cell, c) => void (out[map[c]!] = cell));
    return out;
  });
  const dropped = repeatedHeader(first.rows, placed);
  const rows = first.rows.map((row) => row.map((cell) => ({ ...cell })));
  let rest = placed.slice(dropped);
  let restPages = next.rowPages.slice(dropped);
  const head = rest[0];
  const filled = head?.filter((c) => c.text !== '').length ?? 0;
  if (head && filled > 0 && filled <= width / 2) {
    finishRow(rows, head);
    [rest, restPages] = [rest.slice(1), restPages.slice(1)];
  }
  return {
    table: { ...first, rows: [...rows, ...rest], rowPages: [...first.rowPages, ...restPages] },
    dropped,
  };
}

/**
 * Each column of the continuation lies under one column of the table (a column empty on the
 * new page is simply missing there), in order; otherwise it is another table.
 */
function columnMap(first: PdfTable, next: PdfTable): number[] | null {
  const map = next.columns.map((d) => {
    const hits = first.columns.flatMap((c, i) => (Math.min(c.x1, d.x1) - Math.max(c.x0, d.x0) > 0 ? [i] : []));
    return hits.length === 1 ? hits[0]! : -1;
  });
  const ordered = map.every((m, i) => m >= 0 && (i === 0 || m > map[i - 1]!));
  return ordered && map.length >= Math.max(2, first.columns.length - 2) ? map : null;
}

function repeatedHeader(first: readonly PdfCell[][], next: readonly PdfCell[][]): number {
  for (let n = Math.min(MAX_HEADER_ROWS, first.length - 1, next.length); n >= 1; n--) {
    if (first.slice(0, n).every((row, r) => rowKey(row) === rowKey(next[r] ?? []))) return n;
  }
  return 0;
}

function rowKey(row: readonly { text: string }[]): string {
  return row.map((c) => tidySpaces(c.text).replace(/\s+/gu, '')).join('\t');
}

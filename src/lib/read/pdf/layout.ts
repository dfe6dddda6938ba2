import type { Piece } from './compose.ts';
import { cellBlocks } from './cell-blocks.ts';
import { findColumns, placeSegments } from './columns.ts';
import { setFurnitureApart } from './furniture.ts';
import { splitRunTogether } from './split-cells.ts';
import { pageLines } from './lines.ts';
import { measure } from './metrics.ts';
import { toParagraphs } from './paragraphs.ts';
import { findRegions } from './table-regions.ts';
import { buildTable } from './table-rows.ts';
import { continueTable } from './table-join.ts';
import type { Line, PdfPage, PdfTable } from './types.ts';

export interface Layout {
  pieces: Piece[];
  setApart: Record<string, number>;
  metaText: string;
}

/** Pages of text items → the document's paragraphs and tables, in reading order. */
export function layOut(pages: readonly PdfPage[]): Layout {
  const lines = pages.map(pageLines);
  const furniture = setFurnitureApart(lines, measure(lines.flat()).size);
  const setApart = { ...furniture.setApart };
  const entries = furniture.pages.flatMap(findRegions);
  const metrics = measure(entries.flatMap((e) => (e.kind === 'line' ? [e.line] : [])));
  const pieces: Piece[] = [];
  let run: Line[] = [];
  const flushLines = (): void => {
    for (const paragraph of toParagraphs(run, metrics)) pieces.push({ kind: 'paragraph', paragraph });
    run = [];
  };
  let pending: Line[] | null = null;
  const revert = (): void => {
    if (pending) {
      pieces.pop();
      run.push(...pending);
    }
    pending = null;
  };
  for (const entry of entries) {
    if (entry.kind === 'line') {
      revert();
      run.push(entry.line);
      continue;
    }
    const last = pieces.at(-1);
    const follows = run.length === 0 && last?.kind === 'table';
    const table = toTable(entry.lines, follows);
    const joined = follows && last?.kind === 'table' ? continuation(last.table, table) : null;
    if (joined && last?.kind === 'table') {
      last.table = joined.table;
      pending = null;
      if (joined.dropped > 0)
        setApart['repeated-table-headers'] = (setApart['repeated-table-headers'] ?? 0) + joined.dropped;
      continue;
    }
    // one row of cells closing the page whose columns the next page's table refines (a header
    // row whose cells ran together): one table read from both pages' lines
    if (pending && follows && last?.kind === 'table' && sameSize(pending, entry.lines)) {
      last.table = toTable([...pending, ...entry.lines], false);
      pending = null;
      continue;
    }
    revert();
    flushLines();
    pieces.push({ kind: 'table', table });
    if (entry.tentative) pending = entry.lines;
  }
  revert();
  flushLines();
  return { pieces, setApart, metaText: furniture.metaText };
}

function toTable(region: readonly Line[], continued: boolean): PdfTable {
  const lines = splitRunTogether(region);
  const columns = findColumns(lines);
  return buildTable(cellBlocks(placeSegments(lines, columns), columns), columns, continued);
}

/** Lines set in the table's size (a caption or a body line closing the page is not). */
function sameSize(lines: readonly Line[], tableLines: readonly Line[]): boolean {
  const size = tableLines[0]?.size ?? 0;
  return lines.every((l) => Math.abs(l.size - size) <= 0.1 * size);
}

/** Only a table that ends one page continues on the next one. */
function continuation(first: PdfTable, next: PdfTable): ReturnType<typeof continueTable> {
  const lastPage = first.rowPages.at(-1) ?? 0;
  const firstPage = next.rowPages[0] ?? 0;
  return firstPage === lastPage + 1 ? continueTable(first, next) : null;
}

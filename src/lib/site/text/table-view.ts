import type { GridEntry, ParagraphEntry, Span } from '../../types.ts';
import { tableRows } from '../data/structure.ts';
import type { MarkSpan } from '../marks.ts';
import { drawnRows, textBetween, type DrawnCell } from './table-cells.ts';

export interface TableRowView {
  /** Anchors that land on this row: its lines' "p12-r3" and paragraphs that begin in it. */
  anchors: string[];
  cells: DrawnCell[];
  /** Text after this row that no cell holds, drawn as a row of its own. */
  rest: Span[];
}

export interface TableView {
  /** The first paragraph's anchor, on the table's wrapper. */
  anchor: string;
  columns: number;
  /** Text before the first row that no cell holds. */
  lead: Span[];
  rows: TableRowView[];
  /** Records that begin in the table but in no drawn cell or text: anchored before the table. */
  orphans: string[];
}

const rowEnd = (cells: readonly DrawnCell[]) => Math.max(...cells.map((c) => c.end));
const rowStart = (cells: readonly DrawnCell[]) => Math.min(...cells.map((c) => c.start));

/**
 * A grid and the paragraphs it covers as a table to draw. Every anchor the text version had
 * (paragraphs, and rows as lines "p12-r3") still exists: each lands on the row holding its
 * offset, or the next row; a line between rows goes with the row after it.
 */
export function tableView(
  text: string,
  grid: GridEntry,
  paragraphs: readonly ParagraphEntry[],
  marks: readonly MarkSpan[],
  gapStart: number,
): TableView {
  const block: Span = {
    start: Math.min(grid.start, paragraphs[0]!.start),
    end: Math.max(grid.end, paragraphs.at(-1)!.end),
  };
  const drawn = drawnRows({ ...grid, start: gapStart });
  const rowIndex = drawn.map((cells, r) => ({ r, cells })).filter((x) => x.cells.length > 0);
  const rows: TableRowView[] = drawn.map((cells) => ({ anchors: [], cells, rest: [] }));
  const lead: Span[] = [];
  for (const span of textBetween(text, drawn.flat(), block)) {
    const before = rowIndex.filter((x) => rowStart(x.cells) < span.start).at(-1);
    if (before) rows[before.r]!.rest.push(span);
    else lead.push(span);
    for (const c of drawn.flat()) if (c.gapStart < span.end && span.end <= c.start) c.gapStart = span.end;
  }
  const landAt = (at: number) => (rowIndex.find((x) => at < rowEnd(x.cells)) ?? rowIndex.at(-1))?.r ?? 0;
  const anchors = paragraphs.flatMap((p, i) => [
    ...(i === 0 ? [] : [{ anchor: p.anchor, start: p.start }]),
    ...(p.kind === 'table' ? tableRows(text, p) : []),
  ]);
  for (const a of anchors) rows[landAt(a.start)]!.anchors.push(a.anchor);
  const spans = [...lead, ...rows.flatMap((r) => [...r.cells, ...r.rest])];
  const lands = (m: MarkSpan) =>
    spans.some((s) => m.start >= ('gapStart' in s ? (s as DrawnCell).gapStart : s.start) && m.start < s.end);
  const orphans = marks.filter((m) => m.kind !== 'flag' && m.start >= gapStart && m.start < block.end && !lands(m));
  return {
    anchor: paragraphs[0]!.anchor,
    columns: Math.max(1, ...grid.rows.map((r) => r.length)),
    lead,
    rows,
    orphans: orphans.map((m) => m.id),
  };
}

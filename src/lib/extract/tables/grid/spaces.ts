import type { Grid } from '../../../read/types.ts';
import type { Rules } from '../../rules/types.ts';
import { isGapLine, linesOf, rowBlocks, type Line } from './lines.ts';
import { continueRow, placeRow, spacedCells } from './spaced-cells.ts';
import { joinSpacedHeader, type Placed } from './spaced-header.ts';

/**
 * Space-aligned blocks (OCR of ruled tables): three or more cells per line separated by runs of
 * spaces. A row with fewer cells than the header places them by display column, so a blank
 * category leaves its cell empty; a line of one or two cells lined up with filled cells of the
 * row above continues them (long names wrapped in their cells). A header spaced letter by letter
 * is joined.
 */
export function readSpacedGrids(text: string, limit: number, rules: Rules): Grid[] {
  const lines = linesOf(text, limit);
  const cellsOf = new Map(lines.map((l) => [l, spacedCells(text, l)] as const));
  const isRow = (l: Line) => cellsOf.get(l)!.length >= 3;
  const grids: Grid[] = [];
  // wrapped cells (one or two per line) and page furniture may sit between rows
  const isGap = (l: Line) => isGapLine(text, l) || (cellsOf.get(l)!.length > 0 && cellsOf.get(l)!.length < 3);
  for (const block of rowBlocks(text, lines, isRow, isGap, 4)) {
    const first = lines.indexOf(block[0]!);
    const last = lines.indexOf(block[block.length - 1]!);
    const header = joinSpacedHeader(text, cellsOf.get(block[0]!)!, rules);
    const rows: Placed[][] = [header];
    // the lines between the block's rows, and the one after it, may continue wrapped cells
    for (const l of lines.slice(first + 1, last + 2)) {
      const placed = cellsOf.get(l)!;
      if (isRow(l)) rows.push(placeRow(placed, header));
      else if (rows.length > 1 && placed.length > 0 && placed.length < 3) continueRow(rows[rows.length - 1]!, placed);
    }
    const cells = rows.map((r) => r.map((p) => p.cell));
    const end = cells.flat().reduce((e, c) => Math.max(e, c.end), block[0]!.end);
    grids.push({ start: block[0]!.start, end, rows: cells, origin: 'spaces' });
  }
  return grids;
}

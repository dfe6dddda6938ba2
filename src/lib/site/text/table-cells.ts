import type { GridCellSpan, GridEntry, Span } from '../../types.ts';

/** One drawn cell: a grid position that is not merged into another, with the span it covers. */
export interface DrawnCell extends Span {
  rowspan: number;
  colspan: number;
  /** Where text that no cell holds before this one starts: records beginning there land here. */
  gapStart: number;
}

const same = (a: GridCellSpan | undefined, b: GridCellSpan, how: 'row' | 'col') =>
  a?.merged === how && a.start === b.start && a.end === b.end;

/**
 * The grid's rows as cells to draw: a merged position (which repeats its origin's offsets) is
 * left out and its origin spans it, across (colspan) and down (rowspan).
 */
export function drawnRows(grid: GridEntry): DrawnCell[][] {
  const rows = grid.rows.map((row, r) =>
    row.flatMap((cell, c): DrawnCell[] => {
      if (cell.merged) return [];
      let colspan = 1;
      while (same(row[c + colspan], cell, 'col')) colspan++;
      let rowspan = 1;
      while (same(grid.rows[r + rowspan]?.[c], cell, 'row')) rowspan++;
      return [{ start: cell.start, end: cell.end, rowspan, colspan, gapStart: cell.start }];
    }),
  );
  const inOrder = rows.flat().sort((a, b) => a.start - b.start);
  inOrder.forEach((cell, i) => (cell.gapStart = i === 0 ? grid.start : Math.min(cell.start, inOrder[i - 1]!.end)));
  return rows;
}

/** Separators of a layout: white space, pipes, and a pipe table's "---"/":--" rule line. */
const SEPARATORS = /[\s|\u00a0\u2002\u3000]/gu;

/** Text between drawn cells that is more than separators (a note or a page line inside the table). */
export function textBetween(text: string, cells: readonly DrawnCell[], block: Span): Span[] {
  const sorted = [...cells].sort((a, b) => a.start - b.start);
  const gaps: Span[] = [];
  let at = block.start;
  for (const c of [...sorted, { start: block.end, end: block.end }]) {
    if (c.start > at) gaps.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  return gaps.filter((g) => {
    const rest = text.slice(g.start, g.end).replace(SEPARATORS, '');
    return rest !== '' && !/^[-:]+$/u.test(rest);
  });
}

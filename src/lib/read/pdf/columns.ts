import type { Line, Segment } from './types.ts';

export interface Column {
  x0: number;
  x1: number;
}

/** A segment placed in the column grid: the first column it covers and how many it spans. */
export interface Fragment extends Segment {
  col: number;
  span: number;
  page: number;
  /** Index of its line in the region. */
  line: number;
}

/**
 * Columns by x: the projection of every cell's horizontal extent, then cut wherever one line
 * has two cells inside one projected column, so a cell spanning two columns (a merged header
 * above its year columns) bridges the projection without hiding the columns under it.
 */
export function findColumns(lines: readonly Line[]): Column[] {
  const projected = merge(lines.flatMap((l) => l.segments.map((s) => ({ x0: s.x0, x1: s.x1 }))));
  return projected.flatMap((column) => {
    const gaps: Column[] = [];
    for (const line of lines) {
      const inside = line.segments.filter((s) => s.x0 >= column.x0 && s.x1 <= column.x1).sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < inside.length; i++) gaps.push({ x0: inside[i - 1]!.x1, x1: inside[i]!.x0 });
    }
    const inside = lines.flatMap((l) => l.segments.filter((s) => s.x0 < column.x1 && s.x1 > column.x0));
    const cuts = merge(gaps, true).map((g) => leastCrossed(g, inside));
    const edges = [column.x0, ...cuts, column.x1];
    return edges.slice(1).map((x1, i) => ({ x0: edges[i]!, x1 }));
  });
}

/**
 * Where in a gap to cut: where the fewest cells of the other lines cross (a header centred in
 * its column leaves a wide gap; the column's own cells start well before its middle).
 */
function leastCrossed(gap: Column, segments: readonly Segment[]): number {
  const edges = [gap.x0, gap.x1, ...segments.flatMap((s) => [s.x0, s.x1]).filter((x) => x > gap.x0 && x < gap.x1)];
  const xs = [...new Set(edges)].sort((a, b) => a - b);
  let best = (gap.x0 + gap.x1) / 2;
  let fewest = Infinity;
  for (let i = 1; i < xs.length; i++) {
    const x = (xs[i - 1]! + xs[i]!) / 2;
    const crossed = segments.filter((s) => s.x0 < x && s.x1 > x).length;
    if (crossed < fewest) [best, fewest] = [x, crossed];
  }
  return best;
}

/** Places every segment of the region in its column(s). */
export function placeSegments(lines: readonly Line[], columns: readonly Column[]): Fragment[] {
  return lines.flatMap((line, index) =>
    line.segments.map((s) => {
      const covered = columns
        .map((c, i) => ({ i, o: overlap(c, s) }))
        .filter((c) => c.o > 0.3 * Math.min(s.x1 - s.x0, columns[c.i]!.x1 - columns[c.i]!.x0));
      const first = covered[0]?.i ?? nearest(columns, s);
      const last = covered.at(-1)?.i ?? first;
      return { ...s, col: first, span: last - first + 1, page: line.page, line: index };
    }),
  );
}

function nearest(columns: readonly Column[], s: Segment): number {
  const middle = (c: Column): number => Math.abs((c.x0 + c.x1) / 2 - (s.x0 + s.x1) / 2);
  return columns.reduce((best, c, i) => (middle(c) < middle(columns[best]!) ? i : best), 0);
}

/** Union of overlapping intervals; with `common`, the shared part of overlapping gaps instead. */
function merge(intervals: readonly Column[], common = false): Column[] {
  const out: Column[] = [];
  for (const c of [...intervals].sort((a, b) => a.x0 - b.x0)) {
    const last = out.at(-1);
    if (last && overlap(last, c) > 0) {
      if (common) [last.x0, last.x1] = [Math.max(last.x0, c.x0), Math.min(last.x1, c.x1)];
      else last.x1 = Math.max(last.x1, c.x1);
    } else out.push({ ...c });
  }
  return out;
}

function overlap(a: Column, b: Column): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

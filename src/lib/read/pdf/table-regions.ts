import type { Line, Segment } from './types.ts';

/** A page's lines in order, runs of table lines gathered. */
export type PageEntry =
  | { kind: 'line'; line: Line }
  /** `tentative`: one row of cells opening or closing the page: a table only if it joins one across the break. */
  | { kind: 'region'; lines: Line[]; tentative?: boolean };

/** A cell's wrapped line or a merged cell's label may stand this far (in font sizes) from a row. */
const EDGE_DISTANCE = 1.9;

/**
 * Finds tables among a page's lines: runs of lines split into cells (several segments) whose
 * cells line up, with the single-cell lines between and beside them that stay inside one column
 * (a cell's wrapped line, a merged cell's label). A line spanning several columns ends the run.
 */
export function findRegions(lines: readonly Line[]): PageEntry[] {
  const multi = lines.map((l) => l.segments.length >= 2);
  const inRegion = new Array<boolean>(lines.length).fill(false);
  const tentative = new Set<number>();
  const starts = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (!multi[i]) {
      i++;
      continue;
    }
    let end = i;
    const seen = [...(lines[i]?.segments ?? [])];
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      const anchor = lines[end];
      if (!line || !anchor) break;
      const close = Math.abs(anchor.y - line.y) <= EDGE_DISTANCE * line.size;
      const joins =
        close || (end === i ? aligned(anchor, line) : line.segments.some((s) => seen.some((t) => overlaps(s, t))));
      // a table is set in one size: a caption or a body line in another size is not a row of it
      const sameSize = Math.abs(anchor.size - line.size) <= 0.1 * Math.max(anchor.size, line.size);
      if (multi[j] && joins && sameSize) {
        end = j;
        seen.push(...line.segments);
      } else if (multi[j] || !insideColumn(line, anchor)) break;
    }
    let start = i;
    while (start > 0 && edgeLine(lines[start - 1], lines[start], lines[i])) start--;
    let last = end;
    while (last < lines.length - 1 && edgeLine(lines[last + 1], lines[last], lines[end])) last++;
    const rows = multi.slice(start, last + 1).filter(Boolean).length;
    // one row of cells opening or closing the page may be part of a table broken by the page
    if (rows >= 2 || last === lines.length - 1 || start === 0) {
      for (let k = start; k <= last; k++) inRegion[k] = true;
      starts.add(start);
      if (rows < 2) tentative.add(start);
      i = last + 1;
    } else i = end + 1;
  }
  return group(lines, inRegion, starts, tentative);
}

function group(
  lines: readonly Line[],
  inRegion: readonly boolean[],
  starts: ReadonlySet<number>,
  tentative: ReadonlySet<number>,
): PageEntry[] {
  const out: PageEntry[] = [];
  lines.forEach((line, k) => {
    const last = out.at(-1);
    if (!inRegion[k]) out.push({ kind: 'line', line });
    else if (last?.kind === 'region' && !starts.has(k)) last.lines.push(line);
    else out.push({ kind: 'region', lines: [line], ...(tentative.has(k) ? { tentative: true } : {}) });
  });
  return out;
}

/** Two table lines line up when at least two of their cells overlap horizontally. */
function aligned(a: Line, b: Line): boolean {
  return a.segments.filter((s) => b.segments.some((t) => overlaps(s, t))).length >= 2;
}

/** A single-cell line that overlaps at most one cell of the table line next to it. */
function insideColumn(line: Line, row: Line): boolean {
  return line.segments.length === 1 && row.segments.filter((s) => overlaps(s, line.segments[0]!)).length <= 1;
}

/** A line just above or below a table run that belongs to it (a header's or a cell's wrapped line, another header line). */
function edgeLine(line: Line | undefined, neighbour: Line | undefined, row: Line | undefined): boolean {
  if (!line || !neighbour || !row) return false;
  if (line.size > row.size * 1.05) return false;
  if (Math.abs(line.y - neighbour.y) > EDGE_DISTANCE * row.size) return false;
  // another header line, unless a piece of it runs across the row's cells (a caption beside the table)
  if (line.segments.length > 1)
    return line.segments.every((s) => row.segments.filter((t) => overlaps(s, t)).length <= 1);
  const width = Math.max(...row.segments.map((s) => s.x1)) - Math.min(...row.segments.map((s) => s.x0));
  const own = line.segments[0]!;
  // a merged header stands over several columns, but never across most of the table
  return insideColumn(line, row) || own.x1 - own.x0 <= 0.4 * width;
}

function overlaps(a: Segment, b: Segment): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
}

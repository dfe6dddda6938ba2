import type { Line, Segment } from './types.ts';

/** A page's lines in order, runs of table lines gathered. */
export type PageEntry = { kind: 'line'; line: Line } | { kind: 'region'; lines: Line[] };

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
      if (multi[j] && joins) {
        end = j;
        seen.push(...line.segments);
      } else if (multi[j] || !insideColumn(line, anchor)) break;
    }
    const rows = multi.slice(i, end + 1).filter(Boolean).length;
    if (rows >= 2) {
      let start = i;
      while (start > 0 && edgeLine(lines[start - 1], lines[start], lines[i])) start--;
      while (end < lines.length - 1 && edgeLine(lines[end + 1], lines[end], lines[end])) end++;
      for (let k = start; k <= end; k++) inRegion[k] = true;
    }
    i = end + 1;
  }
  return group(lines, inRegion);
}

function group(lines: readonly Line[], inRegion: readonly boolean[]): PageEntry[] {
  const out: PageEntry[] = [];
  lines.forEach((line, k) => {
    const last = out.at(-1);
    if (!inRegion[k]) out.push({ kind: 'line', line });
    else if (last?.kind === 'region' && inRegion[k - 1]) last.lines.push(line);
    else out.push({ kind: 'region', lines: [line] });
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
  if (line.segments.length > 1) return true;
  const width = Math.max(...row.segments.map((s) => s.x1)) - Math.min(...row.segments.map((s) => s.x0));
  const own = line.segments[0]!;
  // a merged header stands over several columns, but never across most of the table
  return insideColumn(line, row) || own.x1 - own.x0 <= 0.4 * width;
}

function overlaps(a: Segment, b: Segment): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
}

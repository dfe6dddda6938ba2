import { joinPieces, lineText, tidySpaces } from './join-text.ts';
import type { Line, PdfItem, PdfPage, Segment } from './types.ts';

/** Baselines closer than this (in font sizes) are one line: sub/superscripts and font changes shift them. */
const BASELINE_TOLERANCE = 0.35;
/** A gap this wide (in font sizes) between two pieces of a line separates table cells. */
const CELL_GAP = 0.6;
/** Pieces on baselines this far apart (in font sizes) are different cells even when close. */
const CELL_SHIFT = 0.15;

/** Groups a page's items into lines, top to bottom, each split into segments at wide gaps. */
export function pageLines(page: PdfPage): Line[] {
  const items = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of items) {
    const current = groups.at(-1);
    const anchor = current?.[0];
    if (current && anchor && Math.abs(anchor.y - item.y) <= BASELINE_TOLERANCE * Math.max(anchor.size, item.size)) {
      current.push(item);
    } else groups.push([item]);
  }
  return groups
    .map((group) => toLine(page.page, group))
    .filter((line): line is Line => line !== null)
    .sort((a, b) => b.y - a.y);
}

function toLine(page: number, group: PdfItem[]): Line | null {
  const items = group.sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let current: Open | null = null;
  let spaceRun = 0;
  for (const item of items) {
    const blank = item.str.trim() === '';
    if (blank) {
      spaceRun += item.width;
      continue;
    }
    const gap = current ? (item.x - current.x1) / item.size : 0;
    const shifted =
      current !== null && gap > 0.3 && Math.abs((current.ys.at(-1) ?? item.y) - item.y) > CELL_SHIFT * item.size;
    if (current && (gap >= CELL_GAP || spaceRun >= CELL_GAP * item.size || shifted)) {
      segments.push(finish(current));
      current = null;
    }
    if (current) {
      current.text = joinPieces(current.text, item.str, spaceRun > 0 ? Math.max(gap, 1) : gap);
      current.x1 = Math.max(current.x1, item.x + item.width);
      current.ys.push(item.y);
      current.parts.push(part(item));
    } else
      current = {
        text: item.str,
        x0: item.x,
        x1: item.x + item.width,
        size: item.size,
        ys: [item.y],
        parts: [part(item)],
      };
    spaceRun = 0;
  }
  if (current) segments.push(finish(current));
  if (segments.length === 0) return null;
  const sizes = items.filter((i) => i.str.trim() !== '').map((i) => i.size);
  const y = items.reduce((sum, i) => sum + i.y, 0) / items.length;
  return {
    page,
    y,
    x0: segments[0]?.x0 ?? 0,
    x1: segments.at(-1)?.x1 ?? 0,
    size: median(sizes),
    text: lineText(segments),
    segments,
  };
}

interface Open {
  text: string;
  x0: number;
  x1: number;
  size: number;
  ys: number[];
  parts: Segment['parts'];
}

function part(item: PdfItem): Segment['parts'][number] {
  return { text: item.str, x0: item.x, x1: item.x + item.width };
}

function finish(s: Open): Segment {
  const y = s.ys.reduce((sum, v) => sum + v, 0) / s.ys.length;
  return { text: tidySpaces(s.text).trim(), x0: s.x0, x1: s.x1, y, size: s.size, parts: s.parts };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

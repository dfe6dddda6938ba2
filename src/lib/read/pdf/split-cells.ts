import { expandParts } from './expand-parts.ts';
import { joinPieces, tidySpaces } from './join-text.ts';
import type { Line, Segment } from './types.ts';

/** Pieces closer than this (in font sizes) are one run of text. */
const MIN_GAP = 0.25;

/**
 * In a tightly set table a cell's text can run up to the next cell ("…床位数" + "张") with
 * no visible gap, so the two read as one piece. Where other rows start a cell at the x of one
 * of the piece's own items, the piece is cut there.
 */
export function splitRunTogether(lines: readonly Line[]): Line[] {
  const starts = cellStarts(lines);
  return lines.map((line) => ({ ...line, segments: line.segments.flatMap((s) => cut(s, starts)) }));
}

/** x positions where a line starts a cell after a gap, or two lines start one. */
function cellStarts(lines: readonly Line[]): number[] {
  const xs = lines.flatMap((l) => l.segments.map((s, i) => ({ x: s.x0, size: s.size, after: i > 0 })));
  const shared = (a: (typeof xs)[number]): boolean => xs.filter((b) => Math.abs(a.x - b.x) <= 0.5 * a.size).length >= 2;
  return xs.filter((a) => a.after || shared(a)).map((a) => a.x);
}

function cut(segment: Segment, starts: readonly number[]): Segment[] {
  const tolerance = 0.5 * segment.size;
  const parts = expandParts(segment.parts, segment.size);
  // only where the pieces stand visibly apart: glyphs of one cell touch, even across font changes
  const apart = (i: number): boolean => {
    const before = parts[i - 1];
    return before !== undefined && (before.text.trim() === '' || parts[i]!.x0 - before.x1 >= MIN_GAP * segment.size);
  };
  const at = parts.findIndex(
    (p, i) =>
      i > 0 &&
      p.text.trim() !== '' &&
      apart(i) &&
      p.x0 - segment.x0 > tolerance &&
      starts.some((x) => Math.abs(x - p.x0) <= tolerance),
  );
  if (at < 0) return [segment];
  const left = parts.slice(0, at).filter((p) => p.text.trim() !== '');
  const right = parts.slice(at);
  return [piece(segment, left), ...cut(piece(segment, right), starts)];
}

function piece(segment: Segment, parts: Segment['parts']): Segment {
  let text = '';
  parts.forEach((p, i) => {
    const gap = i > 0 ? (p.x0 - (parts[i - 1]?.x1 ?? p.x0)) / segment.size : 0;
    text = joinPieces(text, p.text, gap);
  });
  text = tidySpaces(text).trim();
  const x0 = parts[0]?.x0 ?? segment.x0;
  const x1 = parts.at(-1)?.x1 ?? segment.x1;
  return { ...segment, text, x0, x1, parts };
}

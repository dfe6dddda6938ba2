import type { Span } from '../types.ts';

export interface MarkSpan extends Span {
  id: string;
  /** Records get permalinks; flags (repairs, damage, truncation) only a style and a note. */
  kind: 'target' | 'task' | 'flag';
  /** What a flag says, shown on hover and in the list beside the text. */
  note?: string;
  /** Flag style: a repair the extraction made, or damage it could not repair. */
  tone?: 'repair' | 'damage';
}

/** A stretch of one paragraph covered by the same records. */
export interface Piece extends Span {
  /** The task whose text this is, if any. */
  task: string | null;
  /** The target this is part of, if any (the first one when targets overlap). */
  target: string | null;
  /** The flag over this stretch, if any. */
  flag: MarkSpan | null;
  /** Records that begin here: the page puts their ids (permalinks) on this piece. */
  starts: MarkSpan[];
}

function covering(marks: readonly MarkSpan[], kind: MarkSpan['kind'], start: number): MarkSpan | null {
  return marks.find((m) => m.kind === kind && m.start <= start && start < m.end) ?? null;
}

/**
 * Cuts a paragraph at every record boundary inside it. A record running on from an earlier
 * paragraph continues here without an anchor; one that begins in the blank gap before this
 * paragraph (from `gapStart` on) is anchored at the paragraph's first piece.
 */
export function piecesOf(paragraph: Span, marks: readonly MarkSpan[], gapStart = paragraph.start): Piece[] {
  const inside = marks.filter((m) => m.start < paragraph.end && m.end > paragraph.start && m.end > m.start);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const m of inside) {
    if (m.start > paragraph.start) cuts.add(m.start);
    if (m.end < paragraph.end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const startsAt = (m: MarkSpan, at: number): boolean =>
    m.kind !== 'flag' && (m.start === at || (at === paragraph.start && m.start >= gapStart && m.start < at));
  return points.slice(0, -1).map((start, i) => ({
    start,
    end: points[i + 1]!,
    task: covering(inside, 'task', start)?.id ?? null,
    target: covering(inside, 'target', start)?.id ?? null,
    flag: covering(inside, 'flag', start),
    starts: inside.filter((m) => startsAt(m, start)),
  }));
}

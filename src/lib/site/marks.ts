import type { Span } from '../types.ts';

export interface MarkSpan extends Span {
  id: string;
  kind: 'target' | 'task';
}

/** A stretch of one paragraph covered by the same records. */
export interface Piece extends Span {
  /** The task whose text this is, if any. */
  task: string | null;
  /** The target this is part of, if any (the first one when targets overlap). */
  target: string | null;
  /** Records that begin here: the page puts their ids (permalinks) on this piece. */
  starts: MarkSpan[];
}

function covering(marks: readonly MarkSpan[], kind: MarkSpan['kind'], start: number): string | null {
  return marks.find((m) => m.kind === kind && m.start <= start && start < m.end)?.id ?? null;
}

/**
 * Cuts a paragraph at every record boundary inside it. A record that starts before the paragraph
 * (a task running over several paragraphs) is continued here but anchored where it begins.
 */
export function piecesOf(paragraph: Span, marks: readonly MarkSpan[]): Piece[] {
  const inside = marks.filter((m) => m.start < paragraph.end && m.end > paragraph.start && m.end > m.start);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const m of inside) {
    if (m.start > paragraph.start) cuts.add(m.start);
    if (m.end < paragraph.end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => ({
    start,
    end: points[i + 1]!,
    task: covering(inside, 'task', start),
    target: covering(inside, 'target', start),
    starts: inside.filter((m) => m.start === start || (start === paragraph.start && m.start < start && isFirst(m, paragraph))),
  }));
}

/** Records starting in a gap before this paragraph (blank lines) are anchored at its start. */
function isFirst(mark: MarkSpan, paragraph: Span): boolean {
  return mark.start >= paragraph.start - 2 && /* tolerate a line break */ mark.start < paragraph.start;
}

import type { Column, Fragment } from './columns.ts';
import { joinPieces } from './join-text.ts';

/** One cell's text gathered from its wrapped lines. */
export interface CellBlock {
  col: number;
  span: number;
  text: string;
  /** Vertical centre: the mean baseline of its lines (PDF units, y upwards). */
  center: number;
  size: number;
  page: number;
}

/** Wrapped lines of one cell stand at most this far apart (in font sizes). */
const WRAP_PITCH = 1.8;
/** …and no farther than the closest lines of one column in this table, give or take. */
const PITCH_SLACK = 1.1;

/**
 * Gathers each column's fragments into cells. A line continues the cells above it when each
 * of its pieces follows, at a wrapped line's distance, a piece that filled its column (text
 * wraps only when the line is full); a line with a piece under a short one is a row of its
 * own, so the rows of a tightly set table stay apart.
 */
export function cellBlocks(fragments: readonly Fragment[], columns: readonly Column[]): CellBlock[] {
  const above = new Map<Fragment, Fragment>();
  const rights = columns.map((c, col) =>
    Math.max(c.x0, ...fragments.filter((f) => f.col === col && f.span === 1).map((f) => f.x1)),
  );
  const byColumn = columns.map((_, col) =>
    fragments.filter((f) => f.col === col).sort((a, b) => a.page - b.page || b.y - a.y),
  );
  byColumn.forEach((own) => own.forEach((f, i) => i > 0 && above.set(f, own[i - 1]!)));
  const pitch = closestPitch(above);
  const follows = (f: Fragment): boolean => {
    const p = above.get(f);
    if (!p || p.page !== f.page || p.span !== f.span) return false;
    const gap = p.y - f.y;
    const right = rights[f.col] ?? p.x1;
    const wrapped = gap <= Math.min(WRAP_PITCH * f.size, PITCH_SLACK * pitch) && filled(p, f, right);
    return gap < 0.3 * f.size || wrapped;
  };
  const continuation = new Set<number>();
  for (const line of new Set(fragments.map((f) => f.line))) {
    if (fragments.filter((f) => f.line === line).every(follows)) continuation.add(line);
  }
  return byColumn.flatMap((own) => {
    const blocks: Fragment[][] = [];
    for (const f of own) {
      const current = blocks.at(-1);
      const p = above.get(f);
      if (current && p && current.includes(p) && continuation.has(f.line) && follows(f)) current.push(f);
      else blocks.push([f]);
    }
    return blocks.map(toBlock);
  });
}

/** The smallest distance between two lines of one column: a wrapped cell's line pitch, if any. */
function closestPitch(above: ReadonlyMap<Fragment, Fragment>): number {
  let pitch = Infinity;
  for (const [f, p] of above) if (p.page === f.page && p.y - f.y >= 0.8 * f.size) pitch = Math.min(pitch, p.y - f.y);
  return pitch;
}

/** The line above was full: the next line's first word would not have fitted after it. */
function filled(above: Fragment, next: Fragment, right: number): boolean {
  const word = /^([\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff]+)/u.exec(next.text)?.[0] ?? '';
  let em = 0;
  for (const char of word) em += (char.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.5;
  return above.x1 + Math.min(em, 2) * next.size >= right - 0.25 * next.size;
}

function toBlock(frags: readonly Fragment[]): CellBlock {
  const first = frags[0]!;
  let text = '';
  let y = Infinity;
  for (const f of frags) {
    text = joinPieces(text, f.text, Math.abs(y - f.y) < 0.3 * f.size ? 1 : 0.5);
    y = f.y;
  }
  const center = frags.reduce((sum, f) => sum + f.y, 0) / frags.length;
  return { col: first.col, span: first.span, text, center, size: first.size, page: first.page };
}

import type { Candidate, HeadingStyle } from './candidates.ts';

/** A candidate whose numbering fits the document's sequence, with its nesting depth. */
export interface AcceptedHeading extends Candidate {
  depth: number;
  /** Numbers skipped before this one (a spliced or damaged source), 0 normally. */
  gap: number;
}

/** Styles that always open a new top-level part; they close any box or list below them. */
const TOP: ReadonlySet<HeadingStyle> = new Set(['chapter', 'section', 'cn']);

/**
 * Keeps the candidates whose numbers continue a sequence and nests them by order of appearance,
 * the way a reader infers levels: a style seen before is a sibling at its old level, a new
 * style opens a child level. A 专栏 box restarts the inner numbering. A heading at a line start
 * may skip up to three numbers (spliced text), one standing clearly as a heading inside a line
 * one number, any other none.
 */
export function acceptSequence(candidates: readonly Candidate[]): AcceptedHeading[] {
  const stack: { style: HeadingStyle; n: number }[] = [];
  const lastClosed = new Map<HeadingStyle, number>();
  const out: AcceptedHeading[] = [];
  for (const c of candidates) {
    const at = findLevel(stack, c.style);
    const maxGap = c.lineStart ? 3 : c.strong ? 1 : 0;
    if (c.style.startsWith('h')) {
      // a Markdown heading has no number to check: its level places it
      const level = Number(c.style.slice(1));
      const keep = stack.findIndex((x) => x.style.startsWith('h') && Number(x.style.slice(1)) >= level);
      if (keep >= 0) closeBelow(stack, keep - 1, lastClosed);
      stack.push({ style: c.style, n: 1 });
      out.push({ ...c, depth: stack.length, gap: 0 });
      continue;
    }
    // a number that does not continue the box's own list may continue the list the box stands in:
    // the box has ended ("专栏1 …1．…6．" then "（二）…" or "3．…")
    const level = [at, outerLevel(stack, c.style)].find(
      (l) => l >= 0 && c.n > stack[l]!.n && c.n <= stack[l]!.n + 1 + maxGap,
    );
    if (level !== undefined) {
      const prev = stack[level]!.n;
      closeBelow(stack, level, lastClosed);
      stack[level]!.n = c.n;
      out.push({ ...c, depth: level + 1, gap: c.n - prev - 1 });
      continue;
    }
    if (at >= 0) continue;
    const continued = lastClosed.get(c.style);
    const fresh = c.n === 1;
    const continues = continued !== undefined && c.n > continued && c.n <= continued + 1 + maxGap;
    if (!fresh && !continues) continue;
    if (c.style === 'chapter') closeBelow(stack, -1, lastClosed);
    stack.push({ style: c.style, n: c.n });
    out.push({ ...c, depth: stack.length, gap: fresh ? 0 : c.n - (continued ?? 0) - 1 });
  }
  return out;
}

function findLevel(stack: readonly { style: HeadingStyle }[], style: HeadingStyle): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i]!.style === style) return i;
    // inner numbering inside a box belongs to the box; a top-level style reaches past it
    if (stack[i]!.style === 'column' && !TOP.has(style) && style !== 'column') return -1;
  }
  return -1;
}

/** Level of `style` outside the innermost 专栏 box, or -1 when there is no box or no such level. */
function outerLevel(stack: readonly { style: HeadingStyle }[], style: HeadingStyle): number {
  let box = -1;
  for (let i = stack.length - 1; i >= 0 && box < 0; i--) if (stack[i]!.style === 'column') box = i;
  for (let i = box - 1; i >= 0; i--) if (stack[i]!.style === style) return i;
  return -1;
}

function closeBelow(
  stack: { style: HeadingStyle; n: number }[],
  at: number,
  lastClosed: Map<HeadingStyle, number>,
): void {
  while (stack.length > at + 1) {
    const closed = stack.pop()!;
    lastClosed.set(closed.style, closed.n);
  }
}

const OPEN = '([（〔【［';
const CLOSE = ')]）〕】］';

export const isOpen = (ch: string | undefined): boolean => ch !== undefined && OPEN.includes(ch);
export const isClose = (ch: string | undefined): boolean => ch !== undefined && CLOSE.includes(ch);

/** Index of the bracket closing the one at `open` (any bracket kind nests), or -1. */
export function matchClose(text: string, open: number, limit = text.length): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    if (isOpen(text[i])) depth++;
    else if (isClose(text[i]) && --depth === 0) return i;
  }
  return -1;
}

/** Index of the unclosed bracket that encloses `at`, searching back to `from`, or -1. */
export function enclosingOpen(text: string, at: number, from: number): number {
  let depth = 0;
  for (let i = at - 1; i >= from; i--) {
    if (isClose(text[i])) depth++;
    else if (isOpen(text[i])) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Splits text[start, end) at separator characters that stand outside brackets. */
export function splitTopLevel(
  text: string,
  start: number,
  end: number,
  separators: string,
): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (isOpen(ch)) depth++;
    else if (isClose(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      parts.push({ start: from, end: i });
      from = i + 1;
    }
  }
  parts.push({ start: from, end });
  return parts;
}

import { isClose, isOpen } from '../util/brackets.ts';

const CLAUSE = /[，,；;：:]/u;
const HAN = /\p{Script=Han}/u;
/**
 * The width lines were printed at, when most long lines share it (an OCR copy of a printed page
 * keeps its line breaks: 28 characters a line in official documents); null for ordinary text.
 */
export function printedWidth(text: string, limit: number): number | null {
  const lengths = text
    .slice(0, limit)
    .split('\n')
    .map((l) => l.trimEnd().length)
    .filter((n) => n >= 16);
  if (lengths.length < 5) return null;
  const count = new Map<number, number>();
  for (const n of lengths) count.set(n, (count.get(n) ?? 0) + 1);
  const [mode] = [...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
  const near = lengths.filter((n) => Math.abs(n - mode) <= 1).length;
  return near * 5 >= lengths.length * 2 ? mode : null;
}

/** End of a heading's title in a text with one heading per line (printed at `width`, if known). */
export function lineTitleEnd(text: string, from: number, width: number | null = null): number {
  let lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0) lineEnd = text.length;
  // a run-in title ends at its first full stop, semicolon or colon ("1．加强健康教育。建立…")
  let stop = firstOf(text, '。；;：', from, lineEnd);
  if (stop < 0 && width !== null) stop = wrappedStop(text, from, lineEnd, width);
  if (stop < 0) return trimEnd(text, from, lineEnd);
  if (stop - from <= 50) return stop;
  const clause = text.slice(from, stop).search(CLAUSE);
  return from + (clause > 0 ? Math.min(clause, 40) : 40);
}

/**
 * The full stop of a run-in title that a line broken at the printed width carried onto the next
 * line ("1．加强健康教育和健康" / "促进。建立…"): the line is long, ends inside a word, and the
 * next line goes straight on with the stop near; -1 otherwise.
 */
function wrappedStop(text: string, from: number, lineEnd: number, width: number): number {
  const lineBegin = text.lastIndexOf('\n', from - 1) + 1;
  if (lineEnd - lineBegin < width - 1 || !HAN.test(text[lineEnd - 1] ?? '')) return -1;
  if (!HAN.test(text[lineEnd + 1] ?? '')) return -1;
  let nextEnd = text.indexOf('\n', lineEnd + 1);
  if (nextEnd < 0) nextEnd = text.length;
  const stop = firstOf(text, '。；;', lineEnd + 1, nextEnd);
  return stop >= 0 && stop - from <= 50 && !CLAUSE.test(text.slice(from, stop)) ? stop : -1;
}

/**
 * First full stop or semicolon outside brackets ("加强防控（牵头：X；配合：Y）" is one title); a
 * half-width "." between two Chinese characters is a full stop too.
 */
function firstOf(text: string, chars: string, from: number, end: number): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    if (isOpen(text[i])) depth++;
    else if (isClose(text[i])) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (chars.includes(text[i]!)) return i;
    if (text[i] === '.' && i > from && HAN.test(text[i - 1]!) && HAN.test(text[i + 1] ?? '')) return i;
  }
  return -1;
}

function trimEnd(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && /\s/u.test(text[e - 1]!)) e--;
  return e;
}

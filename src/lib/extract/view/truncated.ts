import type { Span } from '../../types.ts';
import { isTableRow } from './lines.ts';
import type { TextView } from './text-view.ts';

const CLOSED = /[。！？!?;；:：”）)\]】〕」』>|]$/u;
const TAIL = 12;

/**
 * A plan ends with a full sentence; a text that stops mid-sentence was cut off. Returns the last
 * characters before `limit` (where trailing chrome starts) as a source span that never starts or
 * ends inside a surrogate pair.
 */
export function checkTruncated(view: TextView, limit: number): { span: Span; tail: string } | null {
  let end = limit;
  while (end > 0 && /\s/u.test(view.text[end - 1]!)) end--;
  if (end === 0 || CLOSED.test(view.text.slice(Math.max(0, end - 2), end))) return null;
  // a table may close a plan (an annex of indicators): its last row has no full stop
  if (isTableRow(view.text.slice(view.text.lastIndexOf('\n', end - 1) + 1, end))) return null;
  let start = Math.max(0, end - TAIL);
  if (isLow(view.text.charCodeAt(start)) && start > 0) start--;
  const from = view.map[start]!;
  const to = view.map[end - 1]! + 1;
  return { span: { start: from, end: to }, tail: view.text.slice(start, end) };
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

import type { Rules } from '../rules/types.ts';
import { displayWidth, endsSentence, isBlank, isHeadingLine, isTableRow, type Line } from './lines.ts';
import { halfWidth } from './page-numbers.ts';

const MAX_WIDTH = 80;
/** A letterhead that opens the document (its first lines) is the document's own, not a header. */
const OPENING_LINES = 5;

/**
 * Indexes of running headers and footers: a short line repeated on several pages, next to a
 * page number (or to another such line), or ending with a letterhead word (rules.yaml
 * `pageHeaders`). A repeated line's first occurrence on the first two pages is kept where the
 * text before it ends a sentence: it is the document's own title or letterhead.
 */
export function findRunningHeaders(lines: readonly Line[], pageLines: ReadonlySet<number>, rules: Rules): Set<number> {
  const byText = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.text.length > 2 * MAX_WIDTH) return;
    const t = line.text.trim();
    if (
      t === '' ||
      pageLines.has(i) ||
      displayWidth(t) > MAX_WIDTH ||
      endsSentence(t) ||
      isTableRow(t) ||
      isHeadingLine(t)
    )
      return;
    const key = halfWidth(t).replace(/\s+/gu, '');
    const at = byText.get(key) ?? [];
    at.push(i);
    byText.set(key, at);
  });
  const secondPage = [...pageLines].sort((a, b) => a - b)[1] ?? lines.length;
  const opening = openingLines(lines);
  const found = new Set<number>();
  const furniture = (j: number | undefined) => j !== undefined && (pageLines.has(j) || found.has(j));
  for (let pass = 0; pass < 2; pass++) {
    for (const [key, at] of byText) {
      if (at.length < 2) continue;
      const letterhead = rules.pageHeaders.some((w) => key.endsWith(w));
      at.forEach((i, k) => {
        if (k === 0 && (letterhead ? opening.has(i) : i < secondPage && afterFullStop(lines, pageLines, i))) return;
        if (letterhead || furniture(neighbour(lines, i, -1)) || furniture(neighbour(lines, i, 1))) found.add(i);
      });
    }
  }
  return found;
}

/** Index of the nearest non-blank line before (d = -1) or after (d = 1) line i. */
export function neighbour(lines: readonly Line[], i: number, d: 1 | -1): number | undefined {
  for (let j = i + d; j >= 0 && j < lines.length; j += d) if (!isBlank(lines[j]!.text)) return j;
  return undefined;
}

function openingLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length && out.size < OPENING_LINES; i++) if (!isBlank(lines[i]!.text)) out.add(i);
  return out;
}

/** The text line before line i (across page numbers) ends a sentence, or there is none. */
function afterFullStop(lines: readonly Line[], pageLines: ReadonlySet<number>, i: number): boolean {
  let j = neighbour(lines, i, -1);
  while (j !== undefined && pageLines.has(j)) j = neighbour(lines, j, -1);
  return j === undefined || endsSentence(lines[j]!.text);
}

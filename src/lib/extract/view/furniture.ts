import type { Rules } from '../rules/types.ts';
import { endsSentence, isBlank, isHeadingLine, isTableRow, splitLines, startsParagraph, type Line } from './lines.ts';
import { findPageNumberLines } from './page-numbers.ts';
import { findRunningHeaders } from './running-headers.ts';
import type { ViewCut } from './view-cut.ts';

/**
 * Page furniture between lines: page numbers and running headers, cut from the view. Where they
 * split a sentence (the text line before does not end one, the one after does not start a
 * paragraph) the line break goes too, so the sentence, or a responsibility clause, joins again.
 */
export function findFurniture(text: string, rules: Rules): ViewCut[] {
  const lines = splitLines(text);
  const pages = findPageNumberLines(lines);
  const headers = findRunningHeaders(lines, pages, rules);
  const cuts: ViewCut[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!pages.has(i) && !headers.has(i)) {
      i++;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < lines.length && (isBlank(lines[j]!.text) || pages.has(j) || headers.has(j)); j++)
      if (!isBlank(lines[j]!.text)) last = j;
    const before = prevText(lines, i);
    const after = nextText(lines, last);
    const joined = Boolean(before && after && joins(before.text, after.text));
    // one cut per furniture line, so each is reported and counted as what it is
    const shown = range(i, last).filter((k) => !isBlank(lines[k]!.text));
    let from = joined ? before!.end : lines[i]!.start;
    for (const k of shown) {
      const end = k !== last ? lines[k]!.next : joined ? after!.start : lines[last]!.next;
      cuts.push({ start: from, end, kind: pages.has(k) ? 'page-number' : 'page-header', joined, count: 1 });
      from = end;
    }
    i = last + 1;
  }
  return cuts;
}

/** Whether the text on both sides of a page break is one sentence. */
export function joins(before: string, after: string): boolean {
  return (
    !endsSentence(before) &&
    !isHeadingLine(before) &&
    !isTableRow(before) &&
    !isTableRow(after) &&
    !startsParagraph(after)
  );
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

function prevText(lines: readonly Line[], i: number): Line | undefined {
  for (let j = i - 1; j >= 0; j--) if (!isBlank(lines[j]!.text)) return lines[j];
  return undefined;
}

function nextText(lines: readonly Line[], i: number): Line | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!isBlank(lines[j]!.text)) return lines[j];
  return undefined;
}

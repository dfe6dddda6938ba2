import {
  displayWidth,
  endsSentence,
  isBlank,
  isHeadingLine,
  isTableRow,
  splitLines,
  startsParagraph,
} from './lines.ts';
import type { ViewCut } from './view-cut.ts';

/** Printed lines are this wide at least (15 full-width characters) and at most this wide. */
const MIN_WIDTH = 30;
const MAX_WIDTH = 200;
/** Widths of lines set to one measure differ by a character or two of half-width digits. */
const SLACK = 6;
/** A text is set to a measure when this many of its long lines, and this share, fill it. */
const MIN_FULL_LINES = 5;
const MIN_SHARE = 0.5;

/**
 * Lines broken at the printed width (OCR and print copies): when most long lines of a text
 * share one width and end without closing a sentence, each such full line is joined to the next
 * one, unless that one is a heading, a table row, or starts a paragraph (indented or numbered).
 */
export function findLineWraps(text: string): ViewCut[] {
  const lines = splitLines(text);
  const width = lines.map((l) =>
    isBlank(l.text) || isTableRow(l.text) ? 0 : displayWidth(l.text.trimEnd(), 2 * MAX_WIDTH),
  );
  const long = width.filter((w) => w >= MIN_WIDTH && w <= MAX_WIDTH);
  const open = lines
    .map((l, i) => (width[i]! >= MIN_WIDTH && width[i]! <= MAX_WIDTH && !endsSentence(l.text) ? width[i]! : 0))
    .filter((w) => w > 0)
    .sort((a, b) => a - b);
  // indentation takes print width too, so widths are of the untrimmed line; the measure: the widest cluster of open-ended lines within SLACK of each other
  let best = 0;
  let measure = 0;
  for (let lo = 0, hi = 0; hi < open.length; hi++) {
    while (open[hi]! - open[lo]! > SLACK) lo++;
    if (hi - lo + 1 > best) [best, measure] = [hi - lo + 1, open[lo]!];
  }
  const full = long.filter((w) => w >= measure && w <= measure + SLACK).length;
  if (best < MIN_FULL_LINES || full < MIN_SHARE * long.length) return [];
  const cuts: ViewCut[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    // a line wider than the measure was joined across a page break already: it ends as print did
    if (width[i]! < measure || endsSentence(line.text) || isHeadingLine(line.text)) continue;
    if (isBlank(next.text) || isTableRow(next.text) || startsParagraph(next.text) || isHeadingLine(next.text)) continue;
    cuts.push({ start: line.start + line.text.trimEnd().length, end: next.start, kind: 'line-wrap', count: 1 });
  }
  return cuts;
}

import { isTableRow, splitLines } from './lines.ts';
import type { ViewCut } from './view-cut.ts';

/** Characters set close in Chinese print: ideographs, full-width forms and punctuation, digits, signs. */
const DENSE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef0-9%‰.·/:：≥≤><＞＜～~\-—（）()“”]/u;
const LATIN = /[A-Za-z]/u;
const MIN_SPACED = 3;

/**
 * OCR copies set some lines letter-spaced ("到 2 0 2 5 年 ， 孕 产 妇"): in a line where at least
 * as many dense characters stand one space apart as stand side by side, those single spaces
 * are cut. Table rows (TABs, runs of spaces between cells) are left to the table readers.
 */
export function findLetterSpacing(text: string): ViewCut[] {
  const cuts: ViewCut[] = [];
  for (const line of splitLines(text)) {
    const t = line.text;
    if (!t.includes(' ') || isTableRow(t)) continue;
    const gaps: number[] = [];
    let close = 0;
    for (let i = 1; i < t.length; i++) {
      const a = t[i - 1]!;
      const b = t[i]!;
      if (DENSE.test(a) && DENSE.test(b)) close++;
      else if (b === ' ' && i + 1 < t.length && DENSE.test(a) && DENSE.test(t[i + 1]!) && !LATIN.test(a + t[i + 1]!))
        gaps.push(i);
    }
    if (gaps.length < MIN_SPACED || gaps.length < close) continue;
    for (const g of gaps) cuts.push({ start: line.start + g, end: line.start + g + 1, kind: 'letter-spacing' });
    cuts[cuts.length - 1]!.count = 1;
  }
  return cuts;
}

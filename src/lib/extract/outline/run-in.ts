import type { Rules } from '../rules/types.ts';

/** A heading written as a short sentence opening its paragraph ("强化健康综合促进。强化…"). */
export interface RunIn {
  start: number;
  end: number;
}

const STOP = /[，,；;：:、\d%‰\n]/u;

/** Whether text[start, end) reads as a run-in heading: short, verb first, no clause marks or figures. */
export function isRunInTitle(text: string, start: number, end: number, rules: Rules): boolean {
  const s = text.slice(start, end);
  if (s.length < 4 || s.length > 20 || STOP.test(s)) return false;
  return rules.headingVerbs.some((v) => s.startsWith(v));
}

/**
 * Run-in headings in the body text[from, to) of a heading that has no numbered children.
 * They count only when the body opens with one (or the heading title itself ended in one),
 * so that a short sentence in the middle of ordinary prose is not taken for a heading.
 */
export function findRunIns(text: string, from: number, to: number, rules: Rules, openedByTitle: boolean): RunIn[] {
  const sentences: RunIn[] = [];
  for (let at = skipSpace(text, from, to); at < to;) {
    let stop = text.indexOf('。', at);
    if (stop < 0 || stop > to) stop = to;
    sentences.push({ start: at, end: stop });
    at = skipSpace(text, stop + 1, to);
  }
  const like = sentences.map((s) => isRunInTitle(text, s.start, s.end, rules));
  if (!openedByTitle && !like[0]) return [];
  // a heading is followed by its body: the sentence right after one is prose, and a short
  // sentence followed straight by another is the tail of the previous body
  const out: RunIn[] = [];
  let prevHeading = openedByTitle;
  sentences.forEach((s, i) => {
    const accept = like[i]! && !prevHeading && !(like[i + 1] ?? false);
    if (accept || (i === 0 && !openedByTitle && like[0])) out.push(s);
    prevHeading = accept || (i === 0 && !openedByTitle && like[0]!);
  });
  return out;
}

function skipSpace(text: string, at: number, to: number): number {
  while (at < to && /\s/u.test(text[at]!)) at++;
  return at;
}

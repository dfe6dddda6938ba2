import type { Span } from '../../types.ts';
import type { Candidate } from './candidates.ts';

/**
 * A table of contents copied into the text: headings each followed by a page number and then
 * straight by the next heading ("(一)发展基础1(二)指导思想2…"). Returns the span of each run of
 * at least three such entries, and the titles it lists, which later name the real headings.
 */
export function findToc(text: string, candidates: readonly Candidate[]): { spans: Span[]; titles: string[] } {
  const spans: Span[] = [];
  const titles: string[] = [];
  let run: { c: Candidate; title: string; end: number }[] = [];
  const flush = () => {
    if (run.length >= 3) {
      spans.push({ start: run[0]!.c.start, end: run[run.length - 1]!.end });
      titles.push(...run.map((r) => r.title));
    }
    run = [];
  };
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const next = candidates[i + 1];
    const stop = next ? next.start : text.length;
    const body = text.slice(c.textStart, stop);
    const entry = /^([^\d。，,；;\n]{2,40}?)(\d{1,4})$/u.exec(body);
    if (entry && next) {
      run.push({ c, title: entry[1]!, end: stop });
    } else {
      if (run.length >= 3) {
        // the entry after the last page number lost its number: its title is the longest start
        // of the following text that the body repeats later as a heading with the same numbering
        const token = text.slice(c.start, c.textStart);
        for (let k = Math.min(40, body.length); k >= 2; k--) {
          if (text.indexOf(token + body.slice(0, k), stop) >= 0) {
            run.push({ c, title: body.slice(0, k), end: c.textStart + k });
            break;
          }
        }
      }
      flush();
    }
  }
  flush();
  return { spans, titles };
}

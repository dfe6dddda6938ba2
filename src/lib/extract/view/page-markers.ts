import type { Span } from '../../types.ts';

const SENTENCE_END = /[。！？!?；;:：”」』》)）\]】〕]$/u;

/**
 * Page markers of text copied from document-sharing sites: each page starts on a new line with
 * "N、" where N counts pages 1, 2, 3 …, cutting words and numbers mid-sentence. A line start only
 * counts as a marker inside a run of at least three consecutive page numbers, so a list numbered
 * "1、2、3、" whose items end sentences is not mistaken for one.
 * Returns the spans to cut: the line break before the marker and the marker itself.
 */
export function findPageMarkers(text: string): Span[] {
  const starts: { n: number; at: number; len: number; breakAt: number; prevEnds: boolean }[] = [];
  const re = /(^|\n)(\d{1,3})、/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[1]!.length;
    const prevLine = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index).trimEnd();
    starts.push({
      n: Number(m[2]),
      at,
      len: m[2]!.length + 1,
      breakAt: m.index,
      prevEnds: SENTENCE_END.test(prevLine),
    });
  }
  const cuts: Span[] = [];
  let run: typeof starts = [];
  const flush = () => {
    const cutsMid = run.filter((s) => !s.prevEnds).length;
    // a real page run mostly cuts sentences; a numbered list mostly does not
    if (run.length >= 3 && cutsMid * 2 >= run.length) {
      // the line break goes too where the marker cut a sentence, so the cut words join again
      for (const s of run) cuts.push({ start: s.at === 0 || s.prevEnds ? s.at : s.breakAt, end: s.at + s.len });
    }
    run = [];
  };
  for (const s of starts) {
    if (run.length > 0 && s.n !== run[run.length - 1]!.n + 1) flush();
    run.push(s);
  }
  flush();
  return cuts;
}

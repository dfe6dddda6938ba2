import type { Rules } from '../rules/types.ts';
import type { TextMarks } from './marks.ts';
import { WINDOW } from './window.ts';

const AS_OF = /(?:截至|截止|截止到)(20\d\d)年/u;
const YEAR = /(?<!比|较|以|由|从)20\d\d年/gu;

interface SentencePast {
  start: number;
  /** Positions of past markers ("截至", "现有", "累计" …) and of the plan's future ("到2026年", 力争). */
  past: number[];
  future: number[];
  /** Whether an earlier sentence of the paragraph dated the present ("截至2023年底，…"). */
  inherited: boolean;
}

/**
 * Whether a number describes the past or present: a past marker stands before it in its sentence
 * with no future year or word between, and none in the marker's own clause ("累计建成…" but not
 * "到2026年累计达到12个以上"), or after
 * it in a sentence that names no future; or an earlier sentence of its paragraph dated the state
 * before the plan ("截至2023年底，…。全县有12个…") and its own sentence names no future.
 */
export function pastReader(text: string, marks: TextMarks, period: [number, number], rules: Rules) {
  let cached: SentencePast = { start: -1, past: [], future: [], inherited: false };
  const read = (s: { start: number; end: number }): SentencePast => {
    const own = text.slice(s.start, s.end);
    const past = positions(own, rules.pastMarkers);
    const future = positions(own, rules.futureMarkers);
    for (const m of own.matchAll(YEAR)) if (Number(m[0].slice(0, 4)) >= period[0]) future.push(m.index);
    future.sort((a, b) => a - b);
    // "到2026年累计达到12个以上": a marker in a clause that names the future is no past
    const clauses = positions(own, ['，', ',', '；', ';', '：', ':']);
    const live = past.filter((p) => {
      const k = below(clauses, p);
      const from = k > 0 ? clauses[k - 1]! : -1;
      const f = last(future, clauses[k] ?? own.length);
      return f < 0 || f <= from;
    });
    const para = marks.paragraphStart(s.start);
    const earlier = text.slice(Math.max(para, s.start - 4 * WINDOW), s.start);
    const asOf = AS_OF.exec(earlier);
    const inherited =
      asOf !== null &&
      Number(asOf[1]) < period[0] &&
      !rules.futureMarkers.some((w) => earlier.slice(asOf.index).includes(w));
    return { start: s.start, past: live, future, inherited };
  };
  return (s: { start: number; end: number }, at: number): boolean => {
    if (cached.start !== s.start) cached = read(s);
    const rel = at - s.start;
    const { past, future } = cached;
    const marker = last(past, rel);
    if (marker >= 0) return last(future, rel) < marker;
    if (past.length > 0) return future.length === 0;
    return cached.inherited && future.length === 0;
  };
}

function positions(s: string, words: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of words) for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + w.length)) out.push(i);
  return out.sort((a, b) => a - b);
}

/** How many positions of a sorted list are before `at`. */
function below(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last position before `at`, or -1. */
function last(list: readonly number[], at: number): number {
  const k = below(list, at);
  return k > 0 ? list[k - 1]! : -1;
}

import type { Rules } from '../rules/types.ts';
import { clauseEnd } from './clause.ts';
import type { NameSpan } from './name.ts';

const NO_LIST = /[。；;，,：:\n\r！？]/u;
const FIGURE = /[\d０-９]/u;
// a name that already says it is a share ("…比例", "…覆盖率") is not completed by what follows
const MEASURE_END = /(?:率|比|比例|占比|比重|覆盖面|水平|指数|数|量)$/u;
const POST = /^(?:及以上|以上|及以下|以下|以内|左右)/u;

/** Where a share's figure stands: its name before it (s..e) and the text after it (a..b). */
export interface ShareAround {
  s: number;
  e: number;
  a: number;
  b: number;
  ceiling: number;
}

const startsWith = (s: string, words: readonly string[]) =>
  words.filter((w) => s.startsWith(w)).sort((x, y) => y.length - x.length)[0];

/**
 * Name of a share whose subjects follow its figure (what `before` would otherwise read as one noun):
 * - "其中至少40%为负压救护车": after a copula, the share of what follows (负压救护车占比);
 * - "85%以上的综合性医院、康复医院和基层医疗卫生机构成为老年友善医疗机构": the whole list with what
 *   its members become, not the first member alone;
 * - "100%社区卫生服务站、75%以上村卫生室提供中医药服务": a list of figures shares the predicate
 *   written once after the last one (社区卫生服务站提供中医药服务).
 * Null where none of these forms is written.
 */
export function shareAfter(text: string, at: ShareAround, rules: Rules): NameSpan | null {
  const { a, b, ceiling } = at;
  const counted = text.slice(a, b).trim();
  const copula = startsWith(counted, rules.shareCopulas);
  if (copula && counted.length > copula.length + 1)
    return { start: a, end: b, after: true, text: `${counted.slice(copula.length)}占比` };
  if (text[b] !== '、') return null;
  const wide = clauseEnd(text, b, ceiling, NO_LIST);
  const rest = text.slice(b, wide);
  if (rest.includes('的')) return null;
  if (!FIGURE.test(rest)) return { start: a, end: wide, after: true, text: text.slice(a, wide).trim() };
  const last = rest.slice(rest.lastIndexOf('、') + 1);
  const at0 = Math.min(...rules.sharePredicates.map((v) => last.indexOf(v)).filter((i) => i > 0));
  if (!Number.isFinite(at0)) return null;
  // the quote runs to the shared predicate, so it holds all the name says
  return { start: a, end: wide, after: true, text: `${counted}${last.slice(at0)}` };
}

/**
 * Name of a share whose subject stands before its figure and what it counts after it:
 * "临床医生90%以上达到大专以上学历" → 临床医生达到大专以上学历, so the figure is not filed under
 * the subject alone. Null where the name before already names a measure.
 */
export function shareBetween(text: string, own: string, at: ShareAround, rules: Rules): NameSpan | null {
  if (MEASURE_END.test(own) || own.length < 2) return null;
  let a = at.a;
  a += POST.exec(text.slice(a))?.[0].length ?? 0;
  const b = clauseEnd(text, a, at.ceiling);
  const phrase = text.slice(a, b).trim();
  const verb = startsWith(phrase, rules.sharePredicates);
  if (!verb || phrase.length <= verb.length + 1 || FIGURE.test(phrase)) return null;
  return { start: at.s, end: b, after: true, text: `${own}${phrase}` };
}

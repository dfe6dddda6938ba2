import type { Rules } from '../rules/types.ts';
import { enclosingOpen } from '../util/brackets.ts';

const BOUNDARY = /[。；;，,：:、\n！？]/u;
const CJK = /[\u4e00-\u9fff]/gu;

/** Start of the clause that holds `at`: after the nearest clause mark before it, not before `floor`. */
export function clauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (BOUNDARY.test(text[i]!)) return i + 1;
  return floor;
}

/** End of the clause that holds `at`; `marks` are the characters that end it. */
export function clauseEnd(text: string, at: number, ceiling: number, marks = BOUNDARY): number {
  for (let i = at; i < ceiling; i++) if (marks.test(text[i]!)) return i;
  return ceiling;
}

const BOUNDARY_NO_LIST = /[。；;，,：:\n！？]/u;

/** A target's name: its span in the view and its text (not always the span's words: see below). */
export interface NameSpan {
  start: number;
  end: number;
  /** Whether the name follows the number. */
  after: boolean;
  text: string;
}

/**
 * Name of the thing a target counts. Usually the clause before the number without its lead-in
 * ("到2025年,力争") and its verb ("控制在"): "孕产妇死亡率控制在10/10万以下". The counted thing
 * follows the number instead when a counting verb or a connective stands right before it
 * ("安排1—2名医疗技术骨干", "市中医医院和7个乡镇卫生院"), or when too little is left before it.
 * A redaction "(略)" starts a new name. Returns view offsets of the name.
 */
export function nameSpan(
  text: string,
  qStart: number,
  qEnd: number,
  floor: number,
  ceiling: number,
  rules: Rules,
): NameSpan {
  let s = clauseStart(text, qStart, floor);
  const redacted = text.lastIndexOf('(略)', qStart);
  if (redacted >= s) s = redacted + 4;
  // inside an aside "(公立中医医院0.75张以上)" the name starts after its opening bracket
  const open = enclosingOpen(text, qStart, s);
  if (open >= 0) s = open + 1;
  let e = qStart;
  for (let changed = true; changed;) {
    changed = false;
    while (s < e && /[\s\u00a0“”"]/u.test(text[s]!)) s++;
    const year = /^(?:到|至|在)?20\d\d年(?:底|末|前)?/u.exec(text.slice(s, e));
    if (year) {
      s += year[0].length;
      changed = true;
    }
    for (const w of rules.nameLeading) {
      if (text.startsWith(w, s) && e - s > w.length + 1) {
        s += w.length;
        changed = true;
        break;
      }
    }
  }
  while (e > s && /[\s\u00a0“"]/u.test(text[e - 1]!)) e--;
  const before = text.slice(s, e);
  const countVerb = rules.countVerbs.some((v) => before.endsWith(v)) || /[和及与、]$/u.test(before);
  for (let changed = true; changed;) {
    changed = false;
    while (e > s && /[\s\u00a0“"]/u.test(text[e - 1]!)) e--;
    for (const w of rules.nameTrailing) {
      if (e - s >= w.length && text.slice(e - w.length, e) === w) {
        e -= w.length;
        changed = true;
        break;
      }
    }
  }
  const weak = (text.slice(s, e).match(CJK)?.length ?? 0) < 4;
  let a = qEnd;
  while (a < ceiling && /[”"的\s]/u.test(text[a]!)) a++;
  const b = clauseEnd(text, a, ceiling);
  // a parenthesis after a number is an aside ("10项(市人民医院5项,…)"), not what it counts
  const following = (text.slice(a, b).match(CJK)?.length ?? 0) >= 2 && !/[(（]/u.test(text[a] ?? '');
  if (!((countVerb || weak) && following)) return { start: s, end: e, after: false, text: text.slice(s, e).trim() };
  // "拥有1张各级医疗机构诊疗服务、…合一的健康卡": a list of modifiers ends in the head noun after 的
  const wide = clauseEnd(text, a, ceiling, BOUNDARY_NO_LIST);
  const of = text.lastIndexOf('的', wide);
  if (wide > b && of > b)
    return { start: s, end: wide, after: true, text: `${text.slice(s, e).trim()}${text.slice(of + 1, wide).trim()}` };
  return { start: a, end: b, after: true, text: text.slice(a, b).trim() };
}

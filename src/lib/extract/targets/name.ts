import type { Rules } from '../rules/types.ts';
import { enclosingOpen } from '../util/brackets.ts';
import { basisName } from './name-basis.ts';
import { trimLeading, trimTrailing } from './name-trim.ts';
import { clauseEnd, clauseStart } from './clause.ts';
import { redactedStart } from './name-redaction.ts';
import { shareAfter, shareBetween } from './name-share.ts';
import { WINDOW } from './window.ts';

const BOUNDARY_NO_LIST = /[。；;，,：:\n\r！？]/u;
const CJK = /[\u4e00-\u9fff]/gu;
const cjk = (s: string) => s.match(CJK)?.length ?? 0;

/** A target's name: its span in the view and its text (not always the span's words: see below). */
export interface NameSpan {
  start: number;
  end: number;
  /** Whether the name follows the number. */
  after: boolean;
  text: string;
  /** Whether the source withheld words right before the name ("(略)"). */
  redacted?: boolean;
  /** Whether a stray separator stood between the count and the name after it. */
  stray?: boolean;
  /** Why the name cannot be trusted as the measured thing's (an uncertain reason). */
  doubt?: 'name-basis' | 'redacted' | undefined;
}

/**
 * Name of the thing a target counts. Usually the clause before the number without its lead-in
 * ("到2025年,力争") and its verb ("控制在"): "孕产妇死亡率控制在10/10万以下". The counted thing
 * follows the number instead when a counting verb, a connective or 的 stands right before it
 * ("安排1—2名医疗技术骨干", "市中医医院和7个乡镇卫生院", "为牵头医院的2个医共体"), or when too
 * little is left before it; a basis it is counted per stays in front ("每个中心卫生院至少建成2个
 * 特色科室" → 每个中心卫生院特色科室). A redaction "(略)" starts a new name. A share may be named
 * by words on both sides of its figure (see name-share.ts).
 */
export function nameSpan(
  text: string,
  qStart: number,
  qEnd: number,
  unit: string,
  floor: number,
  ceiling: number,
  rules: Rules,
): NameSpan {
  let s = clauseStart(text, qStart, floor);
  // "医学影像、心电诊断、…、消毒供应5个县域资源共享中心": after a list the number counts what follows
  const count = !/[%‰]/u.test(unit);
  const listed = count && text[s - 1] === '、';
  // "开展新技术、新项目不少于15项": a list of words without figures is one name
  while (text[s - 1] === '、' && s - 1 > floor) {
    const from = clauseStart(text, s - 1, floor);
    if (/[\d０-９]/u.test(text.slice(from, s - 1)) || qStart - from > WINDOW) break;
    s = from;
  }
  const cut = redactedStart(text, s, qStart, rules);
  const { redacted, denominator } = cut;
  s = cut.start;
  // inside an aside "(公立中医医院0.75张以上)" the name starts after its opening bracket
  const open = enclosingOpen(text, qStart, s);
  if (open >= 0 && open < qStart - 1) s = open + 1;
  const from = s;
  s = trimLeading(text, s, qStart, rules);
  const basisLed = rules.basisLeading.some((w) => text.slice(from, s).includes(w));
  const doubt = basisLed ? 'name-basis' : denominator ? 'redacted' : undefined;
  let e = qStart;
  while (e > s && /[\s\u00a0“"(（]/u.test(text[e - 1]!)) e--;
  const before = text.slice(s, e);
  // "为牵头医院的2个医共体": 的 before a count; "编制的25%" is the share of what comes before
  const modifier = /[和及与、]$/u.test(before) || (count && /的$/u.test(before));
  const countVerb = modifier || listed || rules.countVerbs.some((v) => before.endsWith(v));
  e = trimTrailing(text, s, e, rules);
  const basis = basisName(text.slice(s, e));
  const weak = cjk(text.slice(s, e)) < 4 || basis !== null;
  let a = qEnd;
  // "…中医阁6个,52个、村卫生室…": a separator right after a count with nothing before it is stray
  const stray = count && text.slice(s, e).trim() === '' && text[a] === '、';
  if (stray) a++;
  while (a < ceiling && /[”"的\s]/u.test(text[a]!)) a++;
  const b = clauseEnd(text, a, ceiling);
  // a parenthesis after a number is an aside ("10项(市人民医院5项,…)"), not what it counts
  // nor is a connective to the next figure ("8/10万和5/10万")
  const following = cjk(text.slice(a, b)) >= 2 && !/[(（)）\d和及与或、]/u.test(text[a] ?? '');
  const own = text.slice(s, e).trim();
  const around = { s, e, a, b, ceiling };
  if (!((countVerb || weak) && following)) {
    const between = count || modifier ? null : shareBetween(text, own, around, rules);
    return between ? { ...between, doubt } : { start: s, end: e, after: false, text: own, redacted, doubt };
  }
  const share = count ? null : shareAfter(text, around, rules);
  if (share) return { ...share, redacted, doubt };
  // "拥有1张各级医疗机构诊疗服务、…合一的健康卡": a list of modifiers ends in the head noun after 的
  const wide = clauseEnd(text, a, ceiling, BOUNDARY_NO_LIST);
  const of = text.slice(b, wide).lastIndexOf('的');
  if (wide > b && of > 0)
    return { start: s, end: wide, after: true, text: `${own}${text.slice(b + of + 1, wide).trim()}`, doubt };
  const counted = text.slice(a, b).trim();
  const subject = basis ?? '';
  return { start: subject ? s : a, end: b, after: true, text: `${subject}${counted}`, stray, doubt };
}

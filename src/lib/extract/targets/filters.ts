import type { Rules } from '../rules/types.ts';
import { enclosingOpen } from '../util/brackets.ts';
import type { Quantity } from './quantity.ts';
import { WINDOW } from './window.ts';

/** Why a number is not a target, or null when it may be one. */
export function skipReason(
  text: string,
  q: Quantity,
  sentence: { start: number; end: number; past: boolean },
  rules: Rules,
): string | null {
  const before = text.slice(Math.max(sentence.start, q.start - 12), q.start);
  const after = text.slice(q.end, q.end + 6);
  if (/[A-Za-z]/u.test(text[q.numberStart - 1] ?? '') || /^[A-Za-z]/u.test(after)) return 'part of a code (P2, 5G)';
  if (/第$/u.test(text.slice(q.numberStart - 1, q.numberStart))) return 'an ordinal';
  // "5岁以下儿童死亡率", "招收2—3岁幼儿": an age qualifies a name
  if (q.unit === '岁' && /^(?:及?以[上下])?[\u4e00-\u9fff]/u.test(after)) return 'an age qualifier';
  // "社区15分钟健身圈": the name of a service radius
  if (q.unit === '分钟' && /^[^，,。；;”]{0,8}圈/u.test(after)) return 'names a service radius';
  if (/^大/u.test(after) && q.unit === '个') return 'a slogan count';
  // "5个领域22项主要指标": how many indicators the plan sets, not a target
  if (/^[^，,。；;]{0,10}指标/u.test(text.slice(q.end, q.end + 14)) && /^[个项类]$/u.test(q.unit))
    return "counts the plan's indicators";
  if (/(?:这|那|此|上述|该)$/u.test(before)) return 'refers back to things already named';
  // "发生事故后24小时内报告": a deadline after an event, not a level to reach
  if (/后$/u.test(before) && /^(?:小时|分钟|天|日)$/u.test(q.unit)) return 'a deadline';
  if (sentence.past) return 'describes the past or present';
  const lead = text.slice(clauseBegin(text, q.start, Math.max(sentence.start, q.start - 20)), q.start);
  for (const w of rules.existingMarkers) {
    const at = lead.lastIndexOf(w);
    // "依托县医院建设3个中心": a building verb after it makes the count new
    const rest = lead.slice(at + w.length);
    if (at >= 0 && !/[在到至]/u.test(rest) && !rules.countVerbs.some((v) => rest.includes(v)))
      return 'existing capacity';
  }
  const near = Math.max(sentence.start, q.start - WINDOW);
  if (insideSlogan(text, q.start, near)) return 'inside a quoted slogan';
  if (/[一两二三四五六七八九十]/u.test(text[q.numberStart]!) && enclosingOpen(text, q.start, near) >= 0)
    return 'a listed name';
  if (/^[号〕]/u.test(after) || (/[〔(]$/u.test(before) && !q.unit.includes('#'))) return 'a document number';
  return null;
}

/**
 * Inside “…” that names something rather than sets it: counts in Chinese numerals or joined
 * with + ("三个95%", "7+3", "五名"), or a number followed by more words ("7个专项行动").
 * A quoted figure alone ("“12分钟”急救圈") is a target.
 */
function insideSlogan(text: string, at: number, floor: number): boolean {
  const lead = text.slice(floor, at);
  const open = lead.lastIndexOf('“');
  if (open < 0 || lead.lastIndexOf('”') > open) return false;
  const close = text.slice(at, at + WINDOW).indexOf('”');
  const quoted = text.slice(floor + open + 1, close < 0 ? at : at + close);
  if (/[一二三四五六七八九十两][个大项名次]|\+|＋/u.test(quoted)) return true;
  return (
    /^\d+(?:\.\d+)?[^\d]{1,3}[\u4e00-\u9fff]{2,}/u.test(quoted) && !/^\d+(?:\.\d+)?(?:分钟|小时|%|‰)$/u.test(quoted)
  );
}

function clauseBegin(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (/[，,；;。：:]/u.test(text[i]!)) return i + 1;
  return floor;
}

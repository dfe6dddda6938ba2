import type { Rules } from '../rules/types.ts';
import type { Quantity } from './quantity.ts';

/** Why a number is not a target, or null when it may be one. */
export function skipReason(text: string, q: Quantity, sentence: { start: number; end: number }, rules: Rules): string | null {
  const before = text.slice(Math.max(sentence.start, q.start - 12), q.start);
  const after = text.slice(q.end, q.end + 6);
  if (/[A-Za-z]$/u.test(text.slice(0, q.numberStart)) || /^[A-Za-z]/u.test(after)) return 'part of a code (P2, 5G)';
  if (/第$/u.test(text.slice(q.numberStart - 1, q.numberStart))) return 'an ordinal';
  // "5岁以下儿童死亡率", "30-70岁人群": an age qualifies the name
  if (q.unit === '岁' && /^(?:及?以[上下])?[\u4e00-\u9fff]/u.test(text.slice(q.end - (q.op === '=' ? 0 : 2), q.end + 3).replace(/^以[上下]|^及以[上下]/u, '')) && !/^[。，,；;]/u.test(after)) return 'an age qualifier';
  if (/^大/u.test(after) && q.unit === '个') return 'a slogan count';
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (rules.pastMarkers.some((w) => sentenceText.includes(w))) return 'describes the past or present';
  const lead = text.slice(Math.max(sentence.start, q.start - 20), q.start);
  for (const w of rules.existingMarkers) {
    const at = lead.lastIndexOf(w);
    if (at >= 0 && !/[在到至]/u.test(lead.slice(at + w.length))) return 'existing capacity';
  }
  if (insideSlogan(text, q.start, sentence.start)) return 'inside a quoted slogan';
  if (/[一两二三四五六七八九十]/u.test(text[q.numberStart]!) && insideParens(text, q.start, sentence.start)) return 'a listed name';
  if (/^[号〕]/u.test(after) || /[〔(]$/u.test(before)) return 'a document number';
  return null;
}

/** Inside “…” whose words count things in Chinese numerals or join them with + ("三个95%", "7+3"). */
function insideSlogan(text: string, at: number, floor: number): boolean {
  const open = text.lastIndexOf('“', at);
  if (open < floor || text.lastIndexOf('”', at) > open) return false;
  const close = text.indexOf('”', at);
  const quoted = text.slice(open + 1, close < 0 ? at : close);
  return /[一二三四五六七八九十两][个大项]|\+|＋/u.test(quoted);
}

function insideParens(text: string, at: number, floor: number): boolean {
  const open = Math.max(text.lastIndexOf('(', at), text.lastIndexOf('（', at));
  const close = Math.max(text.lastIndexOf(')', at), text.lastIndexOf('）', at));
  return open >= floor && open > close;
}

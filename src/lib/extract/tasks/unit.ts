import type { Span } from '../../types.ts';
import type { ResponsibilityWords } from '../rules/types.ts';

/** One unit named in a responsibility clause, in view offsets, trimmed. */
export interface UnitMention {
  start: number;
  end: number;
  /** The unit as written; a line break inside it (a wrapped line) is not part of the name. */
  name: string;
  /** Marked as lead by the clause itself (牵头单位:, X牵头, (牵头)). */
  lead: boolean;
}

/** White space, and the Markdown emphasis of a re-post ("**牵头单位**："), around a unit. */
const SPACE = /[\s\u00a0\u2002\u3000*_]/u;

/**
 * One list item: trimmed, a "(牵头)" after it read as a lead mark, and a closing "等部门" or a
 * remark ("下同", the plan's first-leads sentence) dropped. Null when nothing names a unit.
 */
export function readUnit(
  text: string,
  start: number,
  end: number,
  words: ResponsibilityWords,
  isNote: (s: string) => boolean,
): UnitMention | null {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  const raw = text.slice(s, e);
  // a bare mark ("(牵头)" read on its own) names no unit
  const marks = [...words.leadMarks, ...words.partnerMarks, ...words.sharedMarks];
  if (raw === '' || isNote(raw) || marks.includes(raw)) return null;
  let lead = false;
  for (const mark of words.leadMarks) {
    const m = new RegExp(`[(（]\\s*${mark}\\s*[)）]$`, 'u').exec(raw);
    if (m && m.index > 0) {
      lead = true;
      e = s + m.index;
      break;
    }
  }
  const listEnd = words.listEnds.find((w) => text.slice(s, e).endsWith(w) && e - s > w.length);
  if (listEnd) e -= listEnd.length;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  if (e <= s) return null;
  return { start: s, end: e, name: nameOf(text.slice(s, e)), lead };
}

/**
 * The name of a unit as written, without the line breaks a wrapped line put inside it, and
 * without the spaces of a letter-spaced line ("市 卫 生 健 康 委"); other spaces are kept.
 */
function nameOf(raw: string): string {
  const joined = raw.replace(/[ \t\u00a0\u3000]*[\r\n]+[ \t\u00a0\u3000]*/gu, '');
  if (/^(?:\S[ \u3000])+\S$/u.test(joined)) return joined.replace(/[ \u3000]/gu, '');
  return joined;
}

/**
 * Parts of a list item that spaces separate ("市财政局 市教育局"): a space counts as a separator
 * only after a complete unit name (one ending as unit names do), so "(略) 区人民政府" stays whole.
 */
export function splitAtSpaces(text: string, start: number, end: number, endings: readonly string[]): Span[] {
  const out: Span[] = [];
  let from = start;
  const space = /[ \u3000]+/gu;
  space.lastIndex = start;
  for (let m = space.exec(text); m && m.index + m[0].length < end; m = space.exec(text)) {
    const before = text.slice(from, m.index).trim();
    if (
      before.length >= 2 &&
      endings.some((e) => before.endsWith(e)) &&
      /\p{Script=Han}/u.test(text[m.index + m[0].length]!)
    ) {
      out.push({ start: from, end: m.index });
      from = m.index + m[0].length;
    }
  }
  out.push({ start: from, end });
  return out;
}

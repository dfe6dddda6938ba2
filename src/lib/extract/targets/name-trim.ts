import type { Rules } from '../rules/types.ts';

const SPACE = /[\s\u00a0“”"]/u;
// a date, or a stage declared in the sentence ("2025年是全面推进年.")
const YEAR =
  /^(?:(?:到|至|在|于)?20\d\d年(?:\d{1,2}月)?(?:底|末|前)*(?:(?:为|是|作为)[^，,。；;：:\n\r]{0,12}?年[。．.]?)?|(?:\d{1,2}|[一二两三四五六七八九十])年内)/u;
// a name never starts with a row number, list numbering, TAB, dash or table residue
const RESIDUE =
  /^(?:\d{1,3}[\t ]+|\d{1,2}[．.、](?!\d)|\d{1,2}[．.、](?=20\d\d年)|[（(]\d{1,2}[)）]|[\t\s|｜—–\-－―…·•●▪■◆◇○]+)/u;

/** Start of a name after its lead-in: spaces, residue, a year ("到2025年"), words like 力争, 全市. */
export function trimLeading(text: string, s: number, e: number, rules: Rules): number {
  for (let changed = true; changed;) {
    changed = false;
    while (s < e && SPACE.test(text[s]!)) s++;
    const lead = text.slice(s, Math.min(e, s + 24));
    const residue = RESIDUE.exec(lead) ?? YEAR.exec(lead);
    if (residue && residue[0].length > 0) {
      s += residue[0].length;
      changed = true;
      continue;
    }
    if (rules.nameLeadingKeep.some((k) => text.startsWith(k, s))) break;
    for (const w of rules.nameLeading) {
      if (text.startsWith(w, s) && e - s > w.length + 1) {
        s += w.length;
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** End of a name before its verb and comparison words ("控制在", "达到", "不少于"). */
export function trimTrailing(text: string, s: number, e: number, rules: Rules): number {
  for (let changed = true; changed;) {
    changed = false;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    for (const w of rules.nameTrailing) {
      if (e - s >= w.length && text.endsWith(w, e)) {
        e -= w.length;
        changed = true;
        break;
      }
    }
  }
  return e;
}

const CJK = /[\u4e00-\u9fff]/gu;
/** Whether a name has words enough to name something (two Chinese characters at least). */
export const names = (s: string): boolean => (s.match(CJK)?.length ?? 0) >= 2;

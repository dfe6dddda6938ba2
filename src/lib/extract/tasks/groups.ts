import type { ResponsibilityWords } from '../rules/types.ts';
import { splitTopLevel } from '../util/brackets.ts';
import { looseSuffix } from './loose.ts';

/** How a unit's role was given: by a label or mark, or left for the plan's rule to decide. */
export type Role = 'lead' | 'partner' | 'open' | 'shared';

/** Groups of a list: split at "，；。", and at a space after a mark ("X牵头 Y配合"). */
export function groupsOf(text: string, start: number, end: number, words: ResponsibilityWords) {
  const out: { start: number; end: number }[] = [];
  for (const g of splitTopLevel(text, start, end, '，,；;。')) {
    let from = g.start;
    const space = /[ \u3000]+/gu;
    space.lastIndex = g.start;
    for (let m = space.exec(text); m && m.index + m[0].length < g.end; m = space.exec(text)) {
      if (!groupMark(text.slice(from, m.index), words)) continue;
      out.push({ start: from, end: m.index });
      from = m.index + m[0].length;
    }
    out.push({ start: from, end: g.end });
  }
  return out;
}

/** The role word closing a group ("牵头", "配合", "按职责分工负责", after an optional "等部门"). */
export function groupMark(raw: string, words: ResponsibilityWords): { role: Role; length: number } | null {
  const kinds: [Role, string[]][] = [
    ['lead', words.leadMarks],
    ['partner', words.partnerMarks],
    ['shared', words.sharedMarks],
  ];
  let best: { role: Role; length: number } | null = null;
  for (const [role, list] of kinds) {
    for (const w of list) {
      let length = looseSuffix(raw, w);
      if (length < 0 || length === raw.length) continue;
      const before = raw.slice(0, raw.length - length);
      const listEnd = words.listEnds.find((e) => before.endsWith(e) && before.length > e.length);
      if (listEnd) length += listEnd.length;
      if (!best || length > best.length) best = { role, length };
    }
  }
  return best;
}

import type { ResponsibilityWords } from '../rules/types.ts';
import { splitTopLevel } from '../util/brackets.ts';
import { findLabels } from './labels.ts';
import { looseSuffix } from './loose.ts';
import { readUnit, splitAtSpaces, type UnitMention } from './unit.ts';

export type { UnitMention } from './unit.ts';

/** How a unit's role was given: by a label or mark, or left for the plan's rule to decide. */
type Role = 'lead' | 'partner' | 'open' | 'shared';

export interface ParsedClause {
  units: UnitMention[];
  /** Whether the clause says which units lead. */
  explicitLead: boolean;
  /** Units share the task ("A、B按职责分工负责") with no lead named: the first named leads. */
  shared: boolean;
}

/**
 * Reads the units of a responsibility clause text[start, end) (the inside of its brackets, or an
 * unbracketed labelled list). Labels split it into lists; inside a list "，；" separate groups and
 * "、" the units of a group, and a mark at a group's end ("A、B牵头") gives all of them its role.
 */
export function parseClause(
  text: string,
  start: number,
  end: number,
  words: ResponsibilityWords,
  isNote: (s: string) => boolean,
): ParsedClause {
  const labels = findLabels(text, start, end, words);
  const segments: { start: number; end: number; role: Role }[] = [];
  if (labels.length === 0 || labels[0]!.start > start)
    segments.push({ start, end: labels[0]?.start ?? end, role: 'open' });
  labels.forEach((l, i) => segments.push({ start: l.end, end: labels[i + 1]?.start ?? end, role: l.role }));
  const found: { unit: UnitMention; role: Role }[] = [];
  for (const seg of segments) {
    for (const group of groupsOf(text, seg.start, seg.end, words)) {
      const raw = text.slice(group.start, group.end).replace(/\s+$/u, '');
      const mark = groupMark(raw, words);
      const role: Role = mark?.role ?? seg.role;
      const groupEnd = group.start + raw.length - (mark?.length ?? 0);
      let groupStart = group.start;
      while (groupStart < groupEnd && /\s/u.test(text[groupStart]!)) groupStart++;
      const opener = mark && words.groupOpeners.find((w) => text.startsWith(w, groupStart));
      if (opener) groupStart += opener.length;
      const items = splitTopLevel(text, groupStart, groupEnd, '、').flatMap((item) =>
        splitAtSpaces(text, item.start, item.end, words.unitEndings),
      );
      for (const item of items) {
        const unit = readUnit(text, item.start, item.end, words, isNote);
        if (unit) found.push({ unit, role: unit.lead ? 'lead' : role });
      }
    }
  }
  const explicitLead = found.some((f) => f.role === 'lead');
  const units = found.map(({ unit, role }) => ({ ...unit, lead: role === 'lead' }));
  const shared = !explicitLead && found.some((f) => f.role === 'shared');
  return { units, explicitLead, shared };
}

/** Groups of a list: split at "，；。", and at a space after a mark ("X牵头 Y配合"). */
function groupsOf(text: string, start: number, end: number, words: ResponsibilityWords) {
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
function groupMark(raw: string, words: ResponsibilityWords): { role: Role; length: number } | null {
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

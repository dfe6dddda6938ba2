import type { ResponsibilityWords } from '../rules/types.ts';
import { splitTopLevel } from '../util/brackets.ts';
import { findLabels } from './labels.ts';
import { groupMark, groupsOf, type Role } from './groups.ts';
import { readUnit, splitAtSpaces, type UnitMention } from './unit.ts';

export type { UnitMention } from './unit.ts';

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
  const segments: { start: number; end: number; role: Role | 'before' }[] = [];
  if (labels.length === 0 || labels[0]!.start > start)
    segments.push({ start, end: labels[0]?.start ?? end, role: labels.length > 0 ? 'before' : 'open' });
  labels.forEach((l, i) => segments.push({ start: l.end, end: labels[i + 1]?.start ?? end, role: l.role }));
  const found: { unit: UnitMention; role: Role }[] = [];
  for (const seg of segments) {
    for (const group of groupsOf(text, seg.start, seg.end, words)) {
      const raw = text.slice(group.start, group.end).replace(/\s+$/u, '');
      const mark = groupMark(raw, words);
      // words before the first label name a unit only with a mark ("X牵头，配合单位：A"), else
      // they are the clause's own words ("此项工作牵头单位：X")
      if (!mark && seg.role === 'before') continue;
      // in a clause of marks alone, an unmarked group with figures is a remark ("2025年底前完成")
      if (!mark && labels.length === 0 && /[0-9０-９]/u.test(raw)) continue;
      const role: Role = mark?.role ?? (seg.role === 'before' ? 'open' : seg.role);
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

import type { Heading } from '../outline/heading.ts';
import type { Rules } from '../rules/types.ts';
import { noteTest } from './first-leads.ts';
import { findResponsibility, type UnitMention } from './responsibility.ts';

/** A task before it gets ids and source offsets (view offsets). */
export interface TaskDraft {
  heading: Heading;
  title: string;
  path: string[];
  /** Numbering and title, the place the task starts. */
  quote: { start: number; end: number };
  /** The task's whole text. */
  text: { start: number; end: number };
  lead: UnitMention[];
  partners: UnitMention[];
  clause: { start: number; end: number } | null;
}

/** Whether a heading is a task: a lowest-level item of a task chapter, outside any 专栏 box. */
export function isTask(h: Heading): boolean {
  return h.scope === 'task' && h.kind !== 'task' && h.children === 0 && !h.inColumn && h.style !== 'column';
}

/**
 * Splits a clause's units into leads and partners. Units the clause leaves open go by the plan's
 * rule: the first leads where the plan declares so, or where the units share the task
 * ("A、B、C按职责分工负责"); otherwise they are all partners.
 */
export function assignRoles(
  units: readonly UnitMention[],
  explicitLead: boolean,
  firstLeads: boolean,
): { lead: UnitMention[]; partners: UnitMention[] } {
  if (!explicitLead && firstLeads && units.length > 0) return { lead: units.slice(0, 1), partners: units.slice(1) };
  return { lead: units.filter((u) => u.lead), partners: units.filter((u) => !u.lead) };
}

export function buildTasks(text: string, headings: readonly Heading[], rules: Rules, firstLeads: boolean): TaskDraft[] {
  const label = (h: Heading) => text.slice(h.start, h.titleEnd);
  const isNote = noteTest(rules);
  const out: TaskDraft[] = [];
  for (const h of headings) {
    if (!isTask(h)) continue;
    const path: string[] = [];
    for (let p = h.parent; p >= 0; p = headings[p]!.parent) path.unshift(label(headings[p]!));
    let end = h.bodyEnd;
    while (end > h.start && /\s/u.test(text[end - 1]!)) end--;
    // a re-post may put the clause on the title line: "① 加强健康教育（牵头：区卫生健康局）"
    const clause = findResponsibility(text, h.titleStart, end, rules.responsibility, isNote);
    let titleEnd = h.titleEnd;
    if (clause && clause.start < titleEnd) titleEnd = clause.start;
    while (titleEnd > h.titleStart && /\s/u.test(text[titleEnd - 1]!)) titleEnd--;
    const roles = clause
      ? assignRoles(clause.units, clause.explicitLead, firstLeads || clause.shared)
      : { lead: [], partners: [] };
    out.push({
      heading: h,
      // Markdown emphasis around a title is markup, and a line break inside it is the page width
      title: text
        .slice(h.titleStart, titleEnd)
        .trim()
        .replace(/^[*_]+|[*_]+$/gu, '')
        .replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/gu, ''),
      path,
      quote: { start: h.start, end: titleEnd },
      text: { start: h.start, end },
      ...roles,
      clause: clause ? { start: clause.start, end: clause.end } : null,
    });
  }
  return out;
}

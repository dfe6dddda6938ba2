import type { Heading } from '../outline/heading.ts';
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

export function buildTasks(text: string, headings: readonly Heading[], firstLeads: boolean): TaskDraft[] {
  const label = (h: Heading) => text.slice(h.start, h.titleEnd);
  const out: TaskDraft[] = [];
  for (const h of headings) {
    if (!isTask(h)) continue;
    const path: string[] = [];
    for (let p = h.parent; p >= 0; p = headings[p]!.parent) path.unshift(label(headings[p]!));
    let end = h.bodyEnd;
    while (end > h.start && /\s/u.test(text[end - 1]!)) end--;
    const clause = findResponsibility(text, h.titleEnd, end);
    const units = clause?.units ?? [];
    let lead = units.filter((u) => u.lead);
    let partners = units.filter((u) => !u.lead);
    if (clause && !clause.explicitLead && firstLeads && units.length > 0) {
      lead = units.slice(0, 1);
      partners = units.slice(1);
    }
    out.push({
      heading: h,
      // Markdown emphasis around a title is markup, not words
      title: text
        .slice(h.titleStart, h.titleEnd)
        .trim()
        .replace(/^[*_]+|[*_]+$/gu, ''),
      path,
      quote: { start: h.start, end: h.titleEnd },
      text: { start: h.start, end },
      lead,
      partners,
      clause: clause ? { start: clause.start, end: clause.end } : null,
    });
  }
  return out;
}

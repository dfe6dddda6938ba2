import { enclosingOpen, matchClose, splitTopLevel } from '../util/brackets.ts';

/** One unit named in a responsibility clause, in view offsets, trimmed. */
export interface UnitMention {
  start: number;
  end: number;
  name: string;
  /** Marked as lead by the clause itself (牵头单位:, X牵头, (牵头)). */
  lead: boolean;
}

export interface Responsibility {
  /** The whole clause, brackets included. */
  start: number;
  end: number;
  units: UnitMention[];
  /** Whether the clause says which units lead. */
  explicitLead: boolean;
}

const LABEL = /(?:牵头|主要责任|责任|配合|参与|协办|主办)单位\s*[:：]|牵头[,，、;；)）\]］〕】]|按职责分工负责/gu;
const LEAD_LABEL = /^(?:牵头|主要责任|主办)单位\s*[:：]/u;
const OTHER_LABEL = /^(?:责任|配合|参与|协办)单位\s*[:：]/u;
const SPACE = /[\s\u00a0\u2002\u3000]/u;
/** A sentence inside the clause that states a rule rather than naming a unit. */
const DECLARATION = /排第一|排在第一|为牵头单位|下同/u;

/** The responsibility clause of a task body text[from, to): the last one in it, or null. */
export function findResponsibility(text: string, from: number, to: number): Responsibility | null {
  const labels: RegExpExecArray[] = [];
  LABEL.lastIndex = from;
  for (let m = LABEL.exec(text); m && m.index < to; m = LABEL.exec(text)) labels.push(m);
  for (const m of labels.reverse()) {
    const open = enclosingOpen(text, m.index, from);
    const close = open >= 0 ? matchClose(text, open, to) : -1;
    if (close > 0) {
      // "(牵头)" after a unit is a marker inside a list, not a clause of its own
      const parsed = parseClause(text, open + 1, close);
      if (parsed.units.length > 0) return { start: open, end: close + 1, ...parsed };
      continue;
    }
    // outside brackets only a labelled list counts ("责任单位:A(牵头),B。"), not prose saying "牵头,"
    if (!/[:：]$/u.test(m[0])) continue;
    let end = text.indexOf('。', m.index);
    if (end < 0 || end > to) end = to;
    return { start: m.index, end, ...parseClause(text, m.index, end) };
  }
  return null;
}

function parseClause(text: string, start: number, end: number): { units: UnitMention[]; explicitLead: boolean } {
  const units: UnitMention[] = [];
  let explicitLead = false;
  for (const part of splitTopLevel(text, start, end, ';；')) {
    let s = skip(text, part.start, part.end);
    const head = text.slice(s, part.end);
    const leadLabel = LEAD_LABEL.exec(head);
    const otherLabel = OTHER_LABEL.exec(head);
    if (leadLabel) explicitLead = true;
    s += (leadLabel ?? otherLabel)?.[0].length ?? 0;
    for (const item of splitTopLevel(text, s, part.end, '、,，。')) {
      const unit = readItem(text, item.start, item.end, Boolean(leadLabel));
      if (!unit) continue;
      if (unit.lead) explicitLead = true;
      units.push(unit);
    }
  }
  return { units, explicitLead };
}

/** One list item: trims it, reads "X牵头"/"X(牵头)" and drops "按职责分工负责"-type tails. */
function readItem(text: string, start: number, end: number, underLeadLabel: boolean): UnitMention | null {
  let s = skip(text, start, end);
  let e = end;
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  let raw = text.slice(s, e);
  if (raw === '' || DECLARATION.test(raw)) return null;
  // "责任单位:" may follow a sentence break inside one list item
  const label = /^(?:牵头|主要责任|责任|配合|参与|协办|主办)单位\s*[:：]/u.exec(raw);
  if (label) {
    s += label[0].length;
    raw = text.slice(s, e);
  }
  let lead = underLeadLabel;
  const marked = /[(（]牵头[)）]$|牵头$/u.exec(raw);
  if (marked) {
    lead = true;
    e -= marked[0].length;
  } else {
    const tail = /(?:等部门)?(?:按职责分工负责|按职责负责|配合|参与|负责)$/u.exec(raw);
    if (tail && tail.index > 0) e -= tail[0].length;
  }
  while (e > s && SPACE.test(text[e - 1]!)) e--;
  if (e <= s) return null;
  return { start: s, end: e, name: text.slice(s, e), lead };
}

function skip(text: string, at: number, end: number): number {
  while (at < end && SPACE.test(text[at]!)) at++;
  return at;
}

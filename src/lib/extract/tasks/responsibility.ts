import type { ResponsibilityWords } from '../rules/types.ts';
import { enclosingOpen, matchClose } from '../util/brackets.ts';
import { parseClause, type ParsedClause } from './clause.ts';
import { labelAt } from './labels.ts';
import { loosePattern } from './loose.ts';
import { listEnd, listStart } from './unbracketed.ts';

export type { UnitMention } from './unit.ts';

export interface Responsibility extends ParsedClause {
  /** The whole clause, brackets included. */
  start: number;
  end: number;
}

const anyOf = (list: readonly string[]) => list.map(loosePattern).join('|') || '(?!)';

/** Places that show a clause may stand here: a label, "X牵头，", "A、B配合）". */
function triggers(text: string, from: number, to: number, words: ResponsibilityWords): number[] {
  const marks = new RegExp(
    `(?:${anyOf(words.leadMarks)})(?=[，,、；;)）〕】］\\s])|(?:${anyOf([...words.partnerMarks, ...words.sharedMarks])})(?=\\s*[)）〕】］])`,
    'gu',
  );
  const out: number[] = [];
  for (let i = from; i < to; i++) if (labelAt(text, i, words)) out.push(i);
  marks.lastIndex = from;
  for (let m = marks.exec(text); m && m.index < to; m = marks.exec(text)) out.push(m.index);
  return out.sort((a, b) => a - b);
}

/** The responsibility clause of a task body text[from, to): the last one in it, or null. */
export function findResponsibility(
  text: string,
  from: number,
  to: number,
  words: ResponsibilityWords,
  isNote: (s: string) => boolean = () => false,
): Responsibility | null {
  for (const at of triggers(text, from, to, words).reverse()) {
    const open = enclosingOpen(text, at, from);
    const close = open >= 0 ? matchClose(text, open, to) : -1;
    if (close > 0) {
      // "(牵头)" after a unit is a marker inside a list, not a clause of its own
      const parsed = parseClause(text, open + 1, close, words, isNote);
      if (parsed.units.length > 0) return { start: open, end: close + 1, ...parsed };
      continue;
    }
    // outside brackets only a labelled list counts ("责任单位:A(牵头),B。"), not prose saying "牵头,"
    if (!labelAt(text, at, words)) continue;
    const start = listStart(text, at, from, words);
    const end = listEnd(text, at, to, words);
    const parsed = parseClause(text, start, end, words, isNote);
    if (parsed.units.length > 0) return { start, end, ...parsed };
  }
  return null;
}

import type { ResponsibilityWords } from '../rules/types.ts';
import { isClose, isOpen } from '../util/brackets.ts';

export interface Label {
  /** Where the label word starts. */
  start: number;
  /** Just after its colon and any spaces. */
  end: number;
  role: 'lead' | 'partner' | 'open';
}

/** What may stand between a label word and its list: a colon or bar, else at least one space. */
const AFTER = /^[ \t\u00a0\u3000]*[:：｜|][ \t\u00a0\u3000]*|^[ \t\u00a0\u3000]+/u;

const cache = new WeakMap<ResponsibilityWords, [string, Label['role']][]>();

/** The role a label word gives, longest word first ("主要责任单位" before "责任单位"). */
export function labelWords(words: ResponsibilityWords): [string, Label['role']][] {
  const known = cache.get(words);
  if (known) return known;
  const all: [string, Label['role']][] = [
    ...words.lead.map((w) => [w, 'lead'] as [string, Label['role']]),
    ...words.partner.map((w) => [w, 'partner'] as [string, Label['role']]),
    ...words.responsible.map((w) => [w, 'open'] as [string, Label['role']]),
  ];
  all.sort((a, b) => b[0].length - a[0].length);
  cache.set(words, all);
  return all;
}

/** A label at text[at]: "牵头单位：", "配合单位:", "责任单位 " (any space); null if none stands there. */
export function labelAt(text: string, at: number, words: ResponsibilityWords): Label | null {
  for (const [w, role] of labelWords(words)) {
    if (!text.startsWith(w, at)) continue;
    const after = AFTER.exec(text.slice(at + w.length, at + w.length + 8));
    if (!after) continue;
    return { start: at, end: at + w.length + after[0].length, role };
  }
  return null;
}

/** Labels standing outside brackets in text[start, end), in order. */
export function findLabels(text: string, start: number, end: number, words: ResponsibilityWords): Label[] {
  const out: Label[] = [];
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (isOpen(ch)) depth++;
    else if (isClose(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const label = labelAt(text, i, words);
      if (label && label.end <= end) {
        out.push(label);
        i = label.end - 1;
      }
    }
  }
  return out;
}

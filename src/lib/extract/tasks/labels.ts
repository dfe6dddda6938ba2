import type { ResponsibilityWords } from '../rules/types.ts';
import { isClose, isOpen } from '../util/brackets.ts';
import { looseMatch } from './loose.ts';

export interface Label {
  /** Where the label word starts. */
  start: number;
  /** Just after its colon and any spaces. */
  end: number;
  role: 'lead' | 'partner' | 'open';
}

/**
 * What may stand between a label word and its list: a colon or bar, else at least one space
 * (and the Markdown emphasis of a re-post, "**牵头单位**：").
 */
const AFTER = /^[*_]*[ \t\u00a0\u3000]*[:：｜|][*_]*[ \t\u00a0\u3000]*|^[*_]*[ \t\u00a0\u3000]+/u;

/** First characters of all label words, to skip most positions at once. */
const starts = new Set<string>();
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
  for (const [w] of all) starts.add(w[0]!);
  return all;
}

/**
 * A label at text[at]: "牵头单位：", "配合单位:", "责任单位 " (any space), also when a wrapped
 * line breaks it ("牵" / "头单位："); null if none stands there.
 */
export function labelAt(text: string, at: number, words: ResponsibilityWords): Label | null {
  const list = labelWords(words);
  if (!starts.has(text[at]!)) return null;
  for (const [w, role] of list) {
    const wordEnd = looseMatch(text, at, w);
    if (wordEnd < 0) continue;
    const after = AFTER.exec(text.slice(wordEnd, wordEnd + 8));
    // a short label ("牵头：", "配合：") needs its colon: "X牵头 Y配合" is a list of marks
    if (!after || (w.length <= 2 && !/[:：｜|]/u.test(after[0]))) continue;
    return { start: at, end: wordEnd + after[0].length, role };
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

/** The first label in text[from, to), inside brackets or not; null if none. */
export function firstLabel(text: string, from: number, to: number, words: ResponsibilityWords): Label | null {
  for (let i = from; i < to; i++) {
    const label = labelAt(text, i, words);
    if (label) return label;
  }
  return null;
}

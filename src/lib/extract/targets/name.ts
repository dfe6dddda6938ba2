import type { Rules } from '../rules/types.ts';

const BOUNDARY = /[。；;，,：:、\n！？]/u;
const CJK = /[\u4e00-\u9fff]/gu;

/** Start of the clause that holds `at`: after the nearest clause mark before it, not before `floor`. */
export function clauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (BOUNDARY.test(text[i]!)) return i + 1;
  return floor;
}

/** End of the clause that holds `at`. */
export function clauseEnd(text: string, at: number, ceiling: number): number {
  for (let i = at; i < ceiling; i++) if (BOUNDARY.test(text[i]!)) return i;
  return ceiling;
}

/**
 * Name of the thing a target counts: the clause before the number without its lead-in
 * ("到2025年,力争") and its verb ("控制在"); when nothing is left ("建设1个…"), the words after
 * the number ("…基层中医药适宜技术推广中心"). Returns view offsets of the name.
 */
export function nameSpan(text: string, qStart: number, qEnd: number, floor: number, ceiling: number, rules: Rules): { start: number; end: number; after: boolean } {
  let s = clauseStart(text, qStart, floor);
  let e = qStart;
  for (let changed = true; changed; ) {
    changed = false;
    while (s < e && /[\s\u00a0“”"]/u.test(text[s]!)) s++;
    const year = /^(?:到|至|在)?20\d\d年(?:底|末|前)?/u.exec(text.slice(s, e));
    if (year) {
      s += year[0].length;
      changed = true;
    }
    for (const w of rules.nameLeading) {
      if (text.startsWith(w, s) && e - s > w.length + 1) {
        s += w.length;
        changed = true;
        break;
      }
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    while (e > s && /[\s\u00a0]/u.test(text[e - 1]!)) e--;
    for (const w of rules.nameTrailing) {
      if (e - s >= w.length && text.slice(e - w.length, e) === w) {
        e -= w.length;
        changed = true;
        break;
      }
    }
  }
  if ((text.slice(s, e).match(CJK)?.length ?? 0) >= 2) return { start: s, end: e, after: false };
  // the count comes first: the name follows it
  let a = qEnd;
  if (text[a] === '的') a++;
  const b = clauseEnd(text, a, ceiling);
  return { start: a, end: Math.max(a, b), after: true };
}

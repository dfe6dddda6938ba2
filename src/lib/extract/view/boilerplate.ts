import type { Span } from '../../types.ts';
import type { Rules } from '../rules/types.ts';

/** Whether a line is website or document-sharing chrome rather than plan text. */
export function isBoilerplateLine(line: string, rules: Rules): boolean {
  const t = line.trim();
  if (t === '') return false;
  // a short word such as 展开 only marks a short line; a distinctive phrase marks any line
  return rules.boilerplate.some((w) => t.includes(w) && (t.length <= 30 || w.length >= 5));
}

/**
 * Boilerplate lines, and where the trailing chrome of a web page begins: the first boilerplate
 * line after which nothing reads as plan prose (a full stop, or a line of 30 characters or more).
 */
export function findBoilerplate(text: string, rules: Rules): { lines: Span[]; tail: number } {
  const lines: Span[] = [];
  const all: { span: Span; chrome: boolean; prose: boolean }[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    const chrome = isBoilerplateLine(line, rules);
    if (chrome) lines.push({ start: at, end });
    all.push({ span: { start: at, end }, chrome, prose: line.includes('。') || line.trim().length >= 30 });
    at = end + 1;
  }
  let tail = text.length;
  for (let i = all.length - 1; i >= 0; i--) {
    const l = all[i]!;
    if (l.chrome) tail = l.span.start;
    else if (l.prose && !l.chrome) break;
  }
  return { lines, tail };
}

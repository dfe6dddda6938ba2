import type { Rules } from '../rules/types.ts';
import { isBlank, isHeadingLine, splitLines } from './lines.ts';
import type { ViewCut } from './view-cut.ts';

const SHORT = 20;
/** Chrome lines are short; a longer line is plan text (and is not scanned). */
const MAX_LINE = 400;
/** What is left of a short line after its chrome words: separators, symbols, a few letters. */
const RESIDUE = /[\s|｜·•,，、:：!！~～\-—_/+＋()（）[\]【】"“”'‘’\p{Extended_Pictographic}\p{So}\uFE0F\u200D]/gu;

/**
 * Chrome of a social-media account around a re-posted plan (rules.yaml `socialChrome`): lines
 * starting with a chrome phrase (来源：, 编辑：, 声明：…), short lines made of chrome words
 * (分享、点赞、在看), and the account's footer from a footer phrase (往期推荐…) to the end when
 * no plan sentence follows it. Each is cut from the view with its line break.
 */
export function findChrome(text: string, rules: Rules): ViewCut[] {
  const { lineStarts, shortLineWords, footerStarts } = rules.socialChrome;
  const lines = splitLines(text);
  const isChrome = (raw: string): boolean => {
    if (raw.length > MAX_LINE) return false;
    const t = raw.trim().replace(/^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u, '');
    if (t === '' || isHeadingLine(t)) return false;
    if (lineStarts.some((w) => t.startsWith(w))) return true;
    if ([...t].length > SHORT) return false;
    const words = shortLineWords.filter((w) => t.includes(w));
    if (words.length === 0) return false;
    let rest = t;
    for (const w of words) rest = rest.split(w).join('');
    return words.length >= 2 || [...rest.replace(RESIDUE, '')].length < 3;
  };
  const chrome = lines.map((l) => isChrome(l.text));
  // the footer: from its phrase on, nothing but chrome and lines without a full sentence
  let footer = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text.trim();
    if (!chrome[i] && t.includes('。')) break;
    if (footerStarts.some((w) => t.replace(/^[\p{Extended_Pictographic}\p{So}\uFE0F\s]+/u, '').startsWith(w)))
      footer = i;
  }
  const cuts: ViewCut[] = [];
  lines.forEach((l, i) => {
    if (i < footer && chrome[i]) cuts.push({ start: l.start, end: l.next, kind: 'chrome', count: 1 });
  });
  if (footer < lines.length) {
    const count = lines.slice(footer).filter((l) => !isBlank(l.text)).length;
    cuts.push({ start: lines[footer]!.start, end: text.length, kind: 'chrome', count });
  }
  return cuts;
}

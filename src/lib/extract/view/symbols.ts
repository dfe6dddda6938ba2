import type { Rules } from '../rules/types.ts';
import { splitLines } from './lines.ts';
import type { ViewCut } from './view-cut.ts';

/** A symbol after an emoji: variation selector, joiner, keycap, skin tone. */
const MODIFIER = /^(?:\uFE0E|\uFE0F|\u200D|\u20E3|[\u{1F3FB}-\u{1F3FF}])$/u;
const EMOJI = /\p{Extended_Pictographic}/u;
/** Characters decorative rules are drawn with. */
const RULE_CHARS = /^[━═─┄┅┈┉╌╍▬—–\-=＝_＿~～*＊·•◆◇■□★☆✦✧❖◈♦▪▫#＃+＋.。…]+$/u;
/** Markdown draws thematic breaks and heading underlines with these: the Markdown parser reads them. */
const MARKDOWN_RULE = /^[-=*_]+$/u;

/**
 * Emoji and symbol bullets at line start (rules.yaml `bullets`, and any emoji), cut so that the
 * numbering or heading behind them is seen; decorative rule lines (━━━, ———, ＊＊＊), cut
 * with their line break.
 */
export function findSymbols(text: string, rules: Rules, markdown: boolean): ViewCut[] {
  const bullets = new Set(rules.bullets);
  const cuts: ViewCut[] = [];
  for (const line of splitLines(text)) {
    const bare = line.text.length > 200 ? '' : line.text.replace(/[\s\u3000]/gu, '');
    if ([...bare].length >= 3 && RULE_CHARS.test(bare) && !(markdown && MARKDOWN_RULE.test(bare))) {
      cuts.push({ start: line.start, end: line.next, kind: 'decoration', count: 1 });
      continue;
    }
    const indent = /^[ \t\u3000]*/u.exec(line.text)![0].length;
    let at = line.start + indent;
    let symbols = 0;
    for (const ch of line.text.slice(indent, indent + 16)) {
      if (bullets.has(ch) || EMOJI.test(ch) || (symbols > 0 && MODIFIER.test(ch))) symbols++;
      else if (!(symbols > 0 && /[ \u3000]/u.test(ch))) break;
      at += ch.length;
    }
    // a keycap digit "1️⃣" keeps its digit: only the marks after it go
    const keycap = /^(\d)\uFE0F?\u20E3/u.exec(line.text.slice(indent));
    if (keycap)
      cuts.push({
        start: line.start + indent + 1,
        end: line.start + indent + keycap[0].length,
        kind: 'bullet',
        count: 1,
      });
    else if (symbols > 0 && at < line.end) cuts.push({ start: line.start + indent, end: at, kind: 'bullet', count: 1 });
  }
  return cuts;
}

import { lastBefore, type Phrase } from './sorted.ts';

// where an item ends: a blank line, a new paragraph (indented), a numbered line, a heading
const ITEM_START =
  /(?:\r\n|\r(?!\n)|[\n\u2028\u2029\u0085])(?=[ \t]*[\n\r\u2028\u2029\u0085]|\u3000|[ \t]*(?:\d{1,2}[．.、)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百]+[章节条]|#))/gu;

/**
 * "2024年为启动实施年", "2025年是攻坚突破年": a stage whose year governs the rest of its item,
 * up to the next stage or the item's end (line breaks inside the item do not end it).
 */
export function stagePhrases(text: string, period: [number, number]): (Phrase & { end: number })[] {
  const ends: number[] = [];
  for (let m = ITEM_START.exec(text); m; m = ITEM_START.exec(text)) ends.push(m.index);
  const out: (Phrase & { end: number })[] = [];
  const re = /(20\d\d)年(?:为|是|作为)[^，,。；;：:\n\r]{0,12}?年/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const year = Number(m[1]);
    if (year < period[0] || year > period[1] + 10) continue;
    const k = lastBefore(ends, m.index) + 1;
    out.push({ at: m.index, year, end: ends[k] ?? text.length });
  }
  return out;
}

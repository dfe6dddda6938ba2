import type { Op } from '../../types.ts';
import type { Rules } from '../rules/types.ts';
import { looksNumeric, readDamagedNumber } from '../util/ocr-digits.ts';
import { esc, POST, PRE } from './quantity-words.ts';
import { parseOrdinal } from '../util/chinese-number.ts';

/** A number with its measure word and comparison words, as found in a sentence (view offsets). */
export interface Quantity {
  start: number;
  end: number;
  /** Where the number itself starts. */
  numberStart: number;
  /** NaN where the source lost the number ("#人次"). */
  value: number;
  unit: string;
  op: Op;
  range: boolean;
  repairs: string[];
}

// only 一 counts as a target in words ("建成一个", "至少一次"); 四个…行动, 五个一批 name programmes
const CN_COUNT = '一';

/** A number with a measure word (or a bare fraction, "下降1/4"), its comparison words around it. */
export function quantityPattern(rules: Rules): RegExp {
  const units = [...rules.measureWords, '%。', '%o']
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
  const pre = PRE.map(([w]) => esc(w)).join('|');
  const post = POST.map(([w]) => esc(w)).join('|');
  // A digit run is taken whole (a lookahead is atomic) and only where no digit stands before it,
  // so long runs of digits or OCR letters cost linear time; the run is judged in readQuantity.
  const num = `(?=(?<run>[\\d０-９IlO]+(?:(?:\\.|(?<=[０-９])．)[\\d０-９IlO]+)?))\\k<run>`;
  const word = `(?<![\\d０-９IlO])(?<![\\d０-９][.．])(?:\\d+/\\d+(?![\\d万#])|${num}|#(?=人次|个|名|%)|${CN_COUNT}(?=[个所名次张家项](?!性)))`;
  const gap = '[ \\t\\u3000]{0,3}';
  return new RegExp(
    `(?<pre>${pre})?${gap}(?<num>${word})(?:${gap}(?:%|‰)?${gap}[~～\\-—–至到]${gap}(?<upper>\\d+(?:\\.\\d+)?))?${gap}(?<unit>${units}|(?<=\\d/\\d{1,3})(?=[，,。；;)）\\s]))(?<post>${post})?`,
    'gu',
  );
}

/**
 * Reads one match of `quantityPattern`; null when its digit run is not a number (letters that
 * only look like digits). "2025年底前5个": 前 there closes the date, it is not "within the top".
 */
export function readQuantity(m: RegExpExecArray, text: string): Quantity | null {
  const g = m.groups as { pre?: string; num: string; upper?: string; unit: string; post?: string };
  const { num, upper, unit, post } = g;
  const pre = g.pre === '前' && /[底末年月日]/u.test(text[m.index - 1] ?? '') ? undefined : g.pre;
  const start = pre === g.pre ? m.index : m.index + g.pre!.length;
  const repairs: string[] = [];
  let value: number;
  let from = start;
  if (unit === '/#' && lostBefore(text, m.index + m[0].indexOf(num, start - m.index))) {
    // "12 1/#": the rate's base is lost, and with it what the figures before it meant
    const at = m.index + m[0].indexOf(num, start - m.index);
    from = at - lostBefore(text, at);
    repairs.push(
      `lost-number: the figure "${text.slice(from, m.index + m[0].length).trim()}" is damaged in the source`,
    );
    value = NaN;
  } else if (num === '#') {
    repairs.push('lost-number: the number is lost in the source ("#")');
    value = NaN;
  } else if (/^[一两二三四五六七八九十]$/u.test(num)) value = parseOrdinal(num === '两' ? '二' : num);
  // a fraction is a share of a change ("下降1/4"), never a level
  else if (/^\d+\/\d+$/u.test(num)) value = NaN;
  else if (/[^\d.]/u.test(num)) {
    if (!looksNumeric(num, unit !== '')) return null;
    const read = readDamagedNumber(num);
    if (Number.isNaN(read.value)) return null;
    repairs.push(...read.repairs);
    value = read.value;
  } else if (looksNumeric(num, true)) value = Number(num);
  else return null;
  let op: Op = '=';
  if (pre) op = PRE.find(([w]) => w === pre)![1];
  if (post) op = POST.find(([w]) => w === post)![1];
  if (upper) op = '>=';
  return {
    start: from,
    end: m.index + m[0].length,
    numberStart: m.index + m[0].indexOf(num, start - m.index),
    value,
    unit,
    op,
    range: Boolean(upper),
    repairs,
  };
}

/** Length of a figure and space just before `at` ("12 " in "12 1/#"), or 0. */
function lostBefore(text: string, at: number): number {
  return /\d+(?:\.\d+)?[ \t]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0].length ?? 0;
}

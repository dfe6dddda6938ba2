import type { Op } from '../../types.ts';
import { looksNumeric, readDamagedNumber } from '../util/ocr-digits.ts';
import { POST, PRE } from './quantity-words.ts';
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
  // "医护比达到1∶1.2" sets 1.2 per one; "3∶1" is no single number, its words are the value
  const pair = unit === '' && !pre ? RATIO_PAIR.exec(text.slice(Math.max(0, from - 8), from)) : null;
  if (pair) [from, value] = [from - pair[0].length, /^[1１][:：∶]$/u.test(pair[0]) ? value : NaN];
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

const RATIO_PAIR = /[\d０-９]+(?:[.．][\d０-９]+)?[:：∶]$/u;

/** Length of a figure and space just before `at` ("12 " in "12 1/#"), or 0. */
function lostBefore(text: string, at: number): number {
  return /\d+(?:\.\d+)?[ \t]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0].length ?? 0;
}

import type { Op } from '../../types.ts';
import type { Rules } from '../rules/types.ts';
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

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
const PRE: [string, Op][] = [
  ['不低于', '>='],
  ['不少于', '>='],
  ['至少', '>='],
  ['≥', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['≤', '<='],
  ['超过', '>'],
  ['高于', '>'],
  ['＞', '>'],
  ['>', '>'],
  ['低于', '<'],
  ['＜', '<'],
  ['<', '<'],
  ['前', '<='],
  ['约', '~'],
];
const POST: [string, Op][] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['左右', '~'],
];
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
  const num = `\\d+/\\d+(?![\\d万#])|\\d+(?:\\.\\d+)?|[IlO0-9]*[IlO][IlO0-9]*(?=名|个|人|张|%)|#(?=人次|个|名|%)|${CN_COUNT}(?=[个所名次张家项](?!性))`;
  return new RegExp(
    `(${pre})?\\s*(${num})(?:\\s*(?:%|‰)?\\s*[~～\\-—–至到]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${units}|(?<=\\d/\\d{1,3})(?=[，,。；;)）\\s]))(${post})?`,
    'gu',
  );
}

/** Reads one match of `quantityPattern`. */
export function readQuantity(m: RegExpExecArray): Quantity {
  const [whole, pre, num, upper, unit, post] = m as unknown as [
    string,
    string | undefined,
    string,
    string | undefined,
    string,
    string | undefined,
  ];
  const repairs: string[] = [];
  let value: number;
  if (num === '#') {
    repairs.push('lost-number: the number is lost in the source ("#")');
    value = NaN;
  } else if (/^[一两二三四五六七八九十]$/u.test(num)) value = parseOrdinal(num === '两' ? '二' : num);
  else if (/[IlO]/u.test(num)) {
    const fixed = num.replace(/[Il]/gu, '1').replace(/O/gu, '0');
    repairs.push(`repair-ocr-digits: ${num} read as ${fixed}`);
    value = Number(fixed);
  } else value = Number(num);
  let op: Op = '=';
  if (pre) op = PRE.find(([w]) => w === pre)![1];
  if (post) op = POST.find(([w]) => w === post)![1];
  if (upper) op = '>=';
  return {
    start: m.index,
    end: m.index + whole.length,
    numberStart: m.index + whole.indexOf(num),
    value,
    unit,
    op,
    range: Boolean(upper),
    repairs,
  };
}

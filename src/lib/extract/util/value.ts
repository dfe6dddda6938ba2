import type { Op } from '../../types.ts';
import { looksNumeric, readDamagedNumber } from './ocr-digits.ts';

export interface ParsedValue {
  op: Op | null;
  value: number | null;
  kind: 'number' | 'range' | 'relative' | 'qualitative' | 'missing' | 'multiple';
  /** Repair codes with what was read, e.g. ["repair-ge-digit: 225 read as ≥25"]. */
  repairs: string[];
}

const PREFIX: [RegExp, Op][] = [
  [/^(?:≥|>=|＞=|不低于|不少于|至少|大于等于)/u, '>='],
  [/^(?:≤|<=|＜=|不高于|不超过|小于等于)/u, '<='],
  [/^(?:>|＞|超过|高于|大于)/u, '>'],
  [/^(?:<|＜|低于|小于)/u, '<'],
  [/^(?:~|约|～)/u, '~'],
];
const SUFFIX: [RegExp, Op][] = [
  [/(?:以上|及以上)$/u, '>='],
  [/(?:以下|以内|及以下)$/u, '<='],
  [/(?:左右)$/u, '~'],
];
const MISSING = /^[-—–/／\s]*$/u;
const RELATIVE =
  /(?:比|较|以).{0,12}(?:降低|下降|提高|增长|减少|上升|增加|翻)|^(?:每年|年均|逐年)?(?:降低|下降|提高|增长|减少|上升|增加)(?!到|至|为)|翻\s*\d/u;
const NUMBER = /\d+(?:\.\d+)?/u;
// a cell of digits where OCR put letters or a conversion left full-width digits ("1O0", "７.5")
const DAMAGED_DIGITS = /(?<![A-Za-z])[\d０-９IlOo][\d０-９IlOo.．]*(?![A-Za-z])/u;

/** Reads a table cell or a value phrase: comparison, number, range, or a qualitative text. */
export function parseValue(raw: string, unit: string | null = null): ParsedValue {
  const repairs: string[] = [];
  let t = raw.replace(/[\s\u00a0\u2002\u3000]/gu, '');
  if (MISSING.test(t)) return { op: null, value: null, kind: 'missing', repairs };
  const run = DAMAGED_DIGITS.exec(t);
  if (run && /[IlOo０-９．]/u.test(run[0]) && looksNumeric(run[0], true)) {
    const read = readDamagedNumber(run[0]);
    if (!Number.isNaN(read.value)) {
      repairs.push(...read.repairs);
      t = `${t.slice(0, run.index)}${read.value}${t.slice(run.index + run[0].length)}`;
    }
  }
  if (!/\d/u.test(t)) return { op: null, value: null, kind: 'qualitative', repairs };
  if (RELATIVE.test(t)) return { op: null, value: null, kind: 'relative', repairs };
  if ((t.match(/\d+(?:\.\d+)?/gu) ?? []).length > 1 && /[;；、]/u.test(t))
    return { op: null, value: null, kind: 'multiple', repairs };
  const range = /^(\d+(?:\.\d+)?)[%‰]?[~～\-—–至到](\d+(?:\.\d+)?)/u.exec(t);
  if (range) return { op: '>=', value: Number(range[1]), kind: 'range', repairs };
  let op: Op = '=';
  for (const [re, o] of PREFIX) {
    if (re.test(t)) {
      op = o;
      t = t.replace(re, '');
      break;
    }
  }
  for (const [re, o] of SUFFIX) {
    if (re.test(t)) {
      op = o;
      t = t.replace(re, '');
      break;
    }
  }
  const m = NUMBER.exec(t);
  if (!m) return { op: null, value: null, kind: 'qualitative', repairs };
  let value = Number(m[0]);
  // a table's "≥" converted as a leading "2": "225" in a percent column is ≥25
  if (op === '=' && m.index === 0 && (unit === '%' || unit === '‰') && value > 100 && /^2\d/u.test(m[0])) {
    const rest = Number(m[0].slice(1));
    repairs.push(`repair-ge-digit: ${m[0]} read as ≥${rest}`);
    op = '>=';
    value = rest;
  }
  return { op, value, kind: 'number', repairs };
}

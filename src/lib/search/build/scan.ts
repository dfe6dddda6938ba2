import { canonicalNumber, fold, HAN } from '../normalize.ts';

/**
 * The tokenizer of tokenize.ts, rewritten as one pass over character codes for the build, which
 * cuts millions of texts: no regular expression per run, no array of characters, and a pair of
 * two common Han characters arrives as a number instead of a new string. tests/search checks it
 * cuts every text of the project plans exactly as tokenize() does.
 */

/** BMP Han characters numbered from 1 (0: not Han), from the same \p{Script=Han} the queries use. */
const HAN_INDEX = new Uint16Array(65536);
const HAN_CHAR: number[] = [0];
for (let c = 0; c < 65536; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  if (HAN.test(String.fromCharCode(c))) {
    HAN_INDEX[c] = HAN_CHAR.length;
    HAN_CHAR.push(c);
  }
}
const PAIR_BASE = HAN_CHAR.length;

/** A pair of BMP Han characters as one small integer (fits a V8 small integer: fast map keys). */
export function pairTerm(key: number): string {
  return String.fromCharCode(HAN_CHAR[Math.floor(key / PAIR_BASE)]!, HAN_CHAR[key % PAIR_BASE]!);
}

export interface TermSink {
  pair(key: number): void;
  other(term: string): void;
}

const astralHan = new Map<number, boolean>();
function isAstralHan(cp: number): boolean {
  let known = astralHan.get(cp);
  if (known === undefined) astralHan.set(cp, (known = HAN.test(String.fromCodePoint(cp))));
  return known;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLatin = (c: number) => c >= 97 && c <= 122;

/** Every term of a text, duplicates included (the receiver drops repeats within one document). */
export function scanTerms(raw: string, sink: TermSink): void {
  const text = fold(raw);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (j + 1 < n && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      sink.other(canonicalNumber(text.slice(i, j)));
      i = j;
      continue;
    }
    if (isLatin(c)) {
      let j = i + 1;
      while (j < n && isLatin(text.charCodeAt(j))) j++;
      sink.other(text.slice(i, j));
      i = j;
      continue;
    }
    const width = hanWidth(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    i = hanRun(text, i, width, sink);
  }
}

/** 1 or 2 code units when a Han character starts at i, else 0. */
function hanWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (HAN_INDEX[c]! > 0) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff && isAstralHan(cp)) return 2;
  }
  return 0;
}

/** One Han run: its overlapping pairs, or the lone character; returns the position after it. */
function hanRun(text: string, start: number, firstWidth: number, sink: TermSink): number {
  let i = start;
  let width = firstWidth;
  let pairs = 0;
  for (;;) {
    const next = i + width;
    const nextWidth = next < text.length ? hanWidth(text, next) : 0;
    if (nextWidth === 0) {
      if (pairs === 0) sink.other(text.slice(start, next));
      return next;
    }
    if (width === 1 && nextWidth === 1)
      sink.pair(HAN_INDEX[text.charCodeAt(i)]! * PAIR_BASE + HAN_INDEX[text.charCodeAt(next)]!);
    else sink.other(text.slice(i, next + nextWidth));
    pairs++;
    i = next;
    width = nextWidth;
  }
}

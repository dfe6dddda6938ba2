import { SENTENCE_MARK } from './lines.ts';
import { placePrefix } from './place.ts';
import type { MetaWords } from './words.ts';

/** A place comes before the body's name: "市卫生健康委" alone is a unit in a table, not a signature. */
const MIN_PLACE_CHARS = 2;
const MAX_NAME_CHARS = 30;

/** One issuing body's name: Chinese only, a place, then a known ending. */
function isBodyName(name: string, words: MetaWords): boolean {
  if (name.length > MAX_NAME_CHARS || !/^[\u4e00-\u9fff（）()]+$/u.test(name)) return false;
  if (words.citingWords.some((w) => name.startsWith(w))) return false;
  // a body is named after its place ("甲市…", "中共甲县委…") unless it is a national one
  if (placePrefix(name, words) === null && !words.nationalIssuers.some((w) => name.startsWith(w))) return false;
  // the longest ending decides: "市卫生健康委" is 市 + 卫生健康委, not 市卫生健康 + 委
  const suffix = words.issuerSuffixes.find((s) => name.endsWith(s));
  return suffix !== undefined && name.length - suffix.length >= MIN_PLACE_CHARS;
}

/**
 * The line as an issuer ("云溪市人民政府办公室", or joint bodies separated by spaces as signed:
 * "中共开远市委办公室  开远市人民政府办公室"), or null when any part is not a body's name.
 */
export function asIssuer(line: string, words: MetaWords): string | null {
  const text = line.trim();
  if (text === '' || SENTENCE_MARK.test(text)) return null;
  const names = text.split(/[\s\u3000]+/u);
  return names.every((n) => isBodyName(n, words)) ? text : null;
}

import { NUMBERED, SENTENCE_MARK } from './lines.ts';
import type { MetaWords } from './words.ts';

const MAX_TITLE_CHARS = 80;
/** "(2023—2025年)", "（2024-2026年）": the period after a title's kind word. */
const PERIOD = /[（(]\s*\d{4}\s*[—–\-－~～至到]+\s*\d{4}\s*年?\s*[）)]$/u;

/** The title without trailing parentheticals that belong to it (a period, 征求意见稿 …). */
function core(title: string, words: MetaWords): string {
  let rest = title.trim();
  for (;;) {
    const period = PERIOD.exec(rest);
    const qualifier = words.titleQualifiers.find((q) => new RegExp(`[（(]${q}[）)]$`, 'u').test(rest));
    if (period) rest = rest.slice(0, period.index).trim();
    else if (qualifier) rest = rest.slice(0, rest.length - qualifier.length - 2).trim();
    else return rest;
  }
}

/** The kind word the title ends with (规划, 实施方案 …), or null when it ends otherwise. */
export function kindOf(title: string, words: MetaWords): string | null {
  const base = core(title, words);
  return words.kinds.find((k) => base.endsWith(k) && base.length > k.length) ?? null;
}

/** A line that reads as a plan's title: short, no sentence punctuation, ends with a kind word. */
export function isTitleLine(line: string, words: MetaWords): boolean {
  if (line.length > MAX_TITLE_CHARS || NUMBERED.test(line)) return false;
  if (SENTENCE_MARK.test(line.replace(/[（(][^）)]*[）)]/gu, ''))) return false;
  return kindOf(line, words) !== null;
}

/** A file name standing for the title ("…规划.docx"), without its extension; null otherwise. */
export function fromFileName(line: string, words: MetaWords): string | null {
  const inner = line.replace(/^《+|》+$/gu, '');
  const ext = words.fileExtensions.find((e) => inner.toLowerCase().endsWith(e));
  if (!ext) return null;
  const stem = inner.slice(0, inner.length - ext.length).replace(/^《+|》+$/gu, '');
  return isTitleLine(stem, words) ? stem : null;
}

/** A document-sharing page's wrapper: "《《X》.docx》由会员分享…" names the file at its start. */
export function fromWrapper(line: string, words: MetaWords): string | null {
  const m = /^《+([^《》]+)》*(\.[a-z]{2,4})》/iu.exec(line);
  return m ? fromFileName(`${m[1]}${m[2]}`, words) : null;
}

/** The first title line among the head's lines. */
export function findTitleLine(lines: readonly string[], words: MetaWords): string | null {
  for (const line of lines) {
    const title = fromFileName(line, words) ?? fromWrapper(line, words) ?? (isTitleLine(line, words) ? line : null);
    if (title !== null) return title;
  }
  return null;
}

/** "标题_石泉县人民政府", "标题 | 门户": a page title carries the site's name after a separator. */
const SITE_SEPARATOR = /_|\s[|｜-]\s/u;

/** The title a page title names, before the site's name; null when it names none. */
export function fromPageTitle(lines: readonly string[], words: MetaWords): string | null {
  for (const line of lines) {
    const first = line.split(SITE_SEPARATOR)[0]?.trim() ?? '';
    if (isTitleLine(first, words)) return first;
  }
  return null;
}

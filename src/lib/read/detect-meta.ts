import { readBox } from './meta/box.ts';
import { parseDate } from './meta/date.ts';
import { parseDocNumber } from './meta/doc-number.ts';
import { asIssuer } from './meta/issuer.ts';
import { cleanLines, headLines, tailLines } from './meta/lines.ts';
import { findNotice, parseNotice } from './meta/notice.ts';
import { findDateLine, findSignature } from './meta/signature.ts';
import { findTitleLine, fromPageTitle, isTitleLine } from './meta/title-line.ts';
import { defaultMetaWords, type MetaWords } from './meta/words.ts';
import type { DetectedMeta } from './types.ts';

/**
 * Metadata the plan's text states about itself: the portal's metadata box (`metaText`, and the
 * same box copied into the text), the notice that issues the plan, its red-head line, its 文号
 * line, the signature, and the title line. Only what is stated is returned; anything that would
 * be a guess stays null. Stated sources win in that order; the document's own date (成文日期,
 * the signature) wins over a portal's publication date.
 */
export function detectMeta(text: string, metaText = '', words: MetaWords = defaultMetaWords()): DetectedMeta {
  const lines = cleanLines(text);
  const head = headLines(lines);
  const metaLines = cleanLines(metaText);
  const box = readBox([...metaLines, ...head], words);
  const boxNotice = box.title === undefined ? null : parseNotice(box.title, words);
  const notice = findNotice(head, words);
  const signature = findSignature(head, words) ?? findSignature(tailLines(lines), words);
  const boxTitle = box.title !== undefined && isTitleLine(box.title, words) ? box.title : null;
  return {
    title:
      boxNotice?.title ?? notice?.title ?? boxTitle ?? findTitleLine(head, words) ?? fromPageTitle(metaLines, words),
    issuer:
      (box.issuer === undefined ? null : asIssuer(box.issuer, words)) ??
      boxNotice?.issuer ??
      notice?.issuer ??
      letterhead(head, words) ??
      signature?.issuer ??
      null,
    date:
      (box.written === undefined ? null : parseDate(box.written)) ??
      signature?.date ??
      (box.published === undefined ? null : parseDate(box.published)) ??
      findDateLine(head),
    docNumber: (box.docNumber === undefined ? null : parseDocNumber(box.docNumber)) ?? firstDocNumber(head),
  };
}

/** "云溪市人民政府办公室文件": the red head names the issuer. */
function letterhead(lines: readonly string[], words: MetaWords): string | null {
  for (const line of lines) {
    const ending = words.letterheadEndings.find((e) => line.endsWith(e));
    const issuer = ending ? asIssuer(line.slice(0, line.length - ending.length), words) : null;
    if (issuer !== null) return issuer;
  }
  return null;
}

function firstDocNumber(lines: readonly string[]): string | null {
  for (const line of lines) {
    const number = parseDocNumber(line);
    if (number !== null) return number;
  }
  return null;
}

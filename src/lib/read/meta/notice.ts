import { asIssuer } from './issuer.ts';
import type { MetaWords } from './words.ts';

export interface Notice {
  issuer: string | null;
  title: string;
}

/** 《…》 or 〈…〉 around the whole title. */
const BRACKETED = /^[《〈](.+)[》〉]$/u;
/** A notice title spans at most this many lines ("XX办公室" / "关于印发" / "…的通知"). */
const MAX_NOTICE_LINES = 3;

/**
 * A notice that issues the plan, on lines of its own: "[issuer]关于印发《title》的通知", the
 * title often broken after 关于印发 or after the issuer. A notice quoted inside a sentence of
 * the body is not on lines of its own, so a plan citing another one is never taken for it.
 */
export function findNotice(lines: readonly string[], words: MetaWords): Notice | null {
  for (let i = 0; i < lines.length; i++) {
    // a notice broken over lines starts with its issuer or its opener, never with a label
    const first = lines[i] ?? '';
    const opens = asIssuer(first, words) !== null || words.noticeOpeners.some((o) => first.includes(o));
    for (let n = 1; n <= (opens ? MAX_NOTICE_LINES : 1) && i + n <= lines.length; n++) {
      const notice = parseNotice(lines.slice(i, i + n).join(''), words);
      if (notice) return notice;
    }
  }
  return null;
}

/** One string that is a whole notice title; null otherwise. */
export function parseNotice(text: string, words: MetaWords): Notice | null {
  const closer = words.noticeClosers.find((c) => text.endsWith(c));
  if (!closer) return null;
  for (const opener of words.noticeOpeners) {
    const at = text.indexOf(opener);
    if (at < 0) continue;
    const before = text.slice(0, at).trim();
    const issuer = before === '' ? null : asIssuer(before, words);
    if (before !== '' && issuer === null) continue;
    const inner = text.slice(at + opener.length, text.length - closer.length).trim();
    const title = (BRACKETED.exec(inner)?.[1] ?? inner).trim();
    if (title === '' || /[。；;]/u.test(title)) continue;
    return { issuer, title };
  }
  return null;
}

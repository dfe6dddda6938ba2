import type { PortalWords } from './portal-words.ts';

/** Longest line still taken for page furniture; plan prose runs longer. */
const MAX_CHROME_LINE = 80;
const MAX_META_LINE = 160;
const PATH_SEPARATOR = /[>›»＞/]/u;

const squash = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');

/** Whether a line consists of the metadata box's "label：value" pairs, starting with a label. */
export function isMetaLine(line: string, words: PortalWords): boolean {
  const flat = squash(line);
  if (flat.length > MAX_META_LINE || /[。；]$/u.test(flat)) return false;
  return words.metaLabels.some((label) => flat.startsWith(`${label}：`) || flat.startsWith(`${label}:`));
}

/** Whether a line is page furniture: a toolbar, a footer line, a breadcrumb. */
export function isChromeLine(line: string, words: PortalWords): boolean {
  const t = line.trim();
  if (t.length > MAX_CHROME_LINE || t.includes('。')) return false;
  if (words.chromePhrases.some((p) => t.includes(p))) return true;
  const flat = squash(t);
  return words.breadcrumbStarts.some((w) => flat.startsWith(w) && PATH_SEPARATOR.test(flat.slice(w.length)));
}

/** Whether a line is mostly link text (a menu, a list of related links) rather than prose. */
export function isLinkLine(text: string, linkChars: number): boolean {
  const chars = squash(text).length;
  return chars > 0 && linkChars / chars >= 0.5 && !text.includes('。');
}

/** Whether an element's class or id names it as furniture (id="footer", class="bread-crumb"). */
export function hasChromeName(names: readonly string[], words: PortalWords): boolean {
  return names.flatMap((n) => n.toLowerCase().split(/[\s_-]+/)).some((word) => words.chromeNames.includes(word));
}

import type { OutlineEntry, ParagraphEntry } from '../types.ts';

/** Numbering styles a plan's own headings use, outermost first. */
const STYLES: { style: string; pattern: RegExp }[] = [
  { style: 'chapter', pattern: /^\s*(第[一二三四五六七八九十百零〇]+[章部篇])\s*/u },
  { style: 'cn', pattern: /^\s*([一二三四五六七八九十]+[、．.])\s*/u },
  { style: 'cn-paren', pattern: /^\s*([(（][一二三四五六七八九十]+[)）])\s*/u },
];
const TITLE_MAX = 40;
const TITLE_END = /[。；;：:]/u;

function entryFor(text: string, p: ParagraphEntry): OutlineEntry | null {
  const line = text.slice(p.start, p.end);
  for (const [depth, { style, pattern }] of STYLES.entries()) {
    const m = pattern.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    const cut = rest.search(TITLE_END);
    const title = (cut >= 0 ? rest.slice(0, cut) : rest).trim().slice(0, TITLE_MAX);
    if (title === '') return null;
    const start = p.start + line.indexOf(m[1]!);
    const end = Math.min(p.end, p.start + m[0].length + (cut >= 0 ? cut : rest.length));
    return { depth: depth + 1, numbering: m[1]!, title, style, start, end, quote: text.slice(start, end) };
  }
  return null;
}

/** Numbering met mid-line (text whose line breaks were lost) is as often a cross-reference as a heading. */
const atLineStart = (text: string, p: ParagraphEntry): boolean => p.start === 0 || text[p.start - 1] === '\n';

/** A table of contents read from line openings, for plans whose outline was not exported. */
export function guessOutline(text: string, paragraphs: readonly ParagraphEntry[]): OutlineEntry[] {
  const entries = paragraphs
    .filter((p) => atLineStart(text, p))
    .map((p) => entryFor(text, p))
    .filter((e): e is OutlineEntry => e !== null);
  const top = Math.min(...entries.map((e) => e.depth));
  return entries.map((e) => ({ ...e, depth: e.depth - top + 1 }));
}

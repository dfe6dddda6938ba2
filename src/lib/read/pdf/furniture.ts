import type { Line } from './types.ts';

/** Page numbers as printed: "3", "-3-", "— 3 —", "第3页", "第3页 共8页", "3/8", "Page 3 of 8". */
const PAGE_NUMBER = [
  /^[-—–－―~·\s]*\d{1,4}[-—–－―~·\s]*$/u,
  /^第\s*\d{1,4}\s*页(\s*[，,]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/u,
  /^page\s*\d{1,4}(\s*of\s*\d{1,4})?$/iu,
];
/** The issuing organ's masthead on a 公文's first page ("××县人民政府办公室文件"). */
const LETTERHEAD = /文件$/u;
/** A first/last line this far (in its font sizes) from the rest of the page stands in the margin. */
const MARGIN_GAP = 1.5;

export interface Furniture {
  /** Each page's lines without its furniture. */
  pages: Line[][];
  setApart: Record<string, number>;
  /** The set-apart text that may state metadata (the letterhead). */
  metaText: string;
}

/** Sets apart page numbers, running headers and footers, and the first page's letterhead. */
export function setFurnitureApart(pages: readonly Line[][], bodySize: number): Furniture {
  const counts: Record<string, number> = {};
  const count = (key: string): void => void (counts[key] = (counts[key] ?? 0) + 1);
  const heads = repeated(pages.map((lines) => marginLine(lines, 'top')));
  const foots = repeated(pages.map((lines) => marginLine(lines, 'bottom')));
  const meta: string[] = [];
  const kept = pages.map((lines, index) => {
    const top = marginLine(lines, 'top');
    const bottom = marginLine(lines, 'bottom');
    return lines.filter((line, i) => {
      const edge = line === top ? heads : line === bottom ? foots : null;
      if (edge && isPageNumber(line.text)) return (void count('page-numbers'), false);
      if (edge?.has(shape(line.text)))
        return (void count(edge === heads ? 'running-headers' : 'running-footers'), false);
      if (index === 0 && i < 3 && line.size >= 1.5 * bodySize && LETTERHEAD.test(line.text)) {
        meta.push(line.text);
        return (void count('letterhead'), false);
      }
      return true;
    });
  });
  return { pages: kept, setApart: counts, metaText: meta.join('\n') };
}

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((pattern) => pattern.test(t));
}

/** The page's first or last line when it stands apart from the others (in the page margin). */
function marginLine(lines: readonly Line[], edge: 'top' | 'bottom'): Line | undefined {
  const line = edge === 'top' ? lines[0] : lines.at(-1);
  const next = edge === 'top' ? lines[1] : lines.at(-2);
  if (!line) return undefined;
  if (!next) return line;
  return Math.abs(line.y - next.y) >= (1 + MARGIN_GAP) * line.size ? line : undefined;
}

/** Shapes of margin lines that recur on at least two pages and on a third of them. */
function repeated(lines: readonly (Line | undefined)[]): Set<string> {
  const seen = new Map<string, number>();
  // a line of three cells or more is a table's repeated header row, not a running header
  for (const line of lines) {
    if (line && line.segments.length < 3) seen.set(shape(line.text), (seen.get(shape(line.text)) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(lines.length / 3));
  return new Set([...seen].filter(([, n]) => n >= needed).map(([text]) => text));
}

/** A running header's text with its page-dependent digits made alike. */
function shape(text: string): string {
  return text.replace(/\s+/gu, '').replace(/\d+/gu, '#');
}

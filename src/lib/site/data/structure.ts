import type { GridEntry, OutlineEntry, ParagraphEntry, Span } from '../../types.ts';
import type { SiteData } from './site-data.ts';
import { recordsWith } from './index-by.ts';

export interface PlanStructure {
  paragraphs: ParagraphEntry[];
  outline: OutlineEntry[];
  grids: GridEntry[];
}

const strip = <T extends { plan: string }>({ plan: _plan, ...rest }: T): Omit<T, 'plan'> => rest;

/**
 * The page must show the whole text: any stretch with words that no exported paragraph covers
 * (an extractor bug, or an export older than its text) becomes a paragraph of its own, anchored
 * by its offset so the extractor's own anchors p1, p2 … keep their meaning.
 */
export function fillGaps(text: string, paragraphs: readonly ParagraphEntry[]): ParagraphEntry[] {
  const out: ParagraphEntry[] = [];
  let at = 0;
  const gap = (end: number) => {
    if (text.slice(at, end).trim() !== '') out.push({ anchor: `x${at}`, kind: 'text', start: at, end });
  };
  for (const p of [...paragraphs].sort((a, b) => a.start - b.start)) {
    if (p.start > at) gap(p.start);
    if (p.end > at) {
      out.push({ ...p, start: Math.max(p.start, at) });
      at = p.end;
    }
  }
  gap(text.length);
  return out;
}

export function planStructure(
  data: Pick<SiteData, 'paragraphs' | 'outline'> & Partial<Pick<SiteData, 'grids'>>,
  planId: string,
  text: string,
): PlanStructure {
  const exported = recordsWith(data.paragraphs, 'plan', planId).map(strip);
  return {
    paragraphs: fillGaps(text, exported),
    outline: recordsWith(data.outline, 'plan', planId).map(strip),
    grids: recordsWith(data.grids ?? [], 'plan', planId).map(strip),
  };
}

/** The paragraph that holds an offset (or the first one after it, for offsets in blank gaps). */
export function paragraphAt(paragraphs: readonly ParagraphEntry[], offset: number): ParagraphEntry | undefined {
  return paragraphs.find((p) => offset < p.end) ?? paragraphs.at(-1);
}

/** Lines of a table paragraph, each a row with its own anchor ("p12-r3"), blank lines skipped. */
export function tableRows(text: string, p: ParagraphEntry): (Span & { anchor: string })[] {
  const rows: (Span & { anchor: string })[] = [];
  let start = p.start;
  for (const line of text.slice(p.start, p.end).split('\n')) {
    if (line.trim() !== '') rows.push({ anchor: `${p.anchor}-r${rows.length + 1}`, start, end: start + line.length });
    start += line.length + 1;
  }
  return rows;
}

import type { GridEntry, ParagraphEntry } from '../../types.ts';

/** A stretch of the plan page: one paragraph as text, or a grid drawn as a table. */
export type TextBlock =
  { kind: 'text'; paragraph: ParagraphEntry } | { kind: 'grid'; grid: GridEntry; paragraphs: ParagraphEntry[] };

/** Only a layout's separators (white space, pipes): what may stand between a paragraph's edge and the grid's. */
const separators = (s: string) => /^[\s|\u00a0\u2002\u3000]*$/u.test(s);

/**
 * The page's blocks in text order. A grid is drawn as a table when the paragraphs leave its
 * place whole (each paragraph touching it lies within it, but for separators); one that cuts a paragraph (a
 * table run into a sentence that was not set apart) stays text, so no word of it is lost.
 */
export function textBlocks(
  text: string,
  paragraphs: readonly ParagraphEntry[],
  grids: readonly GridEntry[],
): TextBlock[] {
  const touching = (g: GridEntry) => paragraphs.filter((p) => p.start < g.end && g.start < p.end);
  const within = (p: ParagraphEntry, g: GridEntry) =>
    separators(text.slice(p.start, Math.max(p.start, g.start))) &&
    separators(text.slice(Math.min(p.end, g.end), p.end));
  const whole = grids.filter((g) => {
    const touched = touching(g);
    return g.rows.length > 0 && touched.length > 0 && touched.every((p) => within(p, g));
  });
  const out: TextBlock[] = [];
  for (const paragraph of paragraphs) {
    const grid = whole.find((g) => paragraph.start < g.end && g.start < paragraph.end);
    const last = out.at(-1);
    if (!grid) out.push({ kind: 'text', paragraph });
    else if (last?.kind === 'grid' && last.grid === grid) last.paragraphs.push(paragraph);
    else out.push({ kind: 'grid', grid, paragraphs: [paragraph] });
  }
  return out;
}

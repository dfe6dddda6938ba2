import { fillGaps } from '../../site/data/structure.ts';
import type { ParagraphEntry } from '../../types.ts';

/** Exported paragraph rows grouped by plan once, instead of one scan of all rows per plan. */
export function groupParagraphs(rows: readonly (ParagraphEntry & { plan: string })[]): Map<string, ParagraphEntry[]> {
  const byPlan = new Map<string, ParagraphEntry[]>();
  for (const { plan, ...entry } of rows) {
    let list = byPlan.get(plan);
    if (!list) byPlan.set(plan, (list = []));
    list.push(entry);
  }
  return byPlan;
}

/** A plan's paragraphs with their text, anchored exactly as its page anchors them (gaps filled alike). */
export function* paragraphsWithText(
  text: string,
  exported: readonly ParagraphEntry[],
): Generator<{ entry: ParagraphEntry; text: string }> {
  for (const entry of fillGaps(text, exported)) yield { entry, text: text.slice(entry.start, entry.end) };
}

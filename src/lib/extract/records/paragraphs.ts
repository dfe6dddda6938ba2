import type { Root } from 'mdast';
import type { ParagraphEntry, Span } from '../../types.ts';
import type { PlanData } from '../data.ts';
import { toSource } from '../view/text-view.ts';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Paragraphs of the source for the plan page: the parser's blocks, further split where a
 * heading starts inside one (a flattened document is one block), each with a stable anchor.
 */
export function buildParagraphs(tree: Root, data: PlanData): ParagraphEntry[] {
  const { view } = data;
  const headingStarts = data.outline.headings.map((h) => view.map[h.start]!);
  const tables = data.tables.map((t) => toSource(view, t.start, t.end));
  const toc = data.outline.toc.map((t) => toSource(view, t.start, t.end));
  const chrome = data.boilerplate.lines.map((l) => toSource(view, l.start, l.end));
  if (data.boilerplate.tail < view.text.length) chrome.push(toSource(view, data.boilerplate.tail, view.text.length));
  const out: ParagraphEntry[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const cuts = headingStarts.filter((h) => h > start && h < end);
    let from = start;
    for (const at of [...cuts, end]) {
      const span = { start: from, end: at };
      const kind = chrome.some((c) => overlaps(c, span)) ? 'boilerplate' : toc.some((c) => overlaps(c, span)) ? 'toc' : tables.some((c) => overlaps(c, span)) ? 'table' : headingStarts.includes(from) && at - from < 60 ? 'heading' : 'text';
      out.push({ anchor: `p${out.length + 1}`, kind, ...span });
      from = at;
    }
  }
  return out;
}

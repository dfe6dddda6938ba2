import type { Root } from 'mdast';
import type { ParagraphEntry, Span } from '../../types.ts';
import type { PlanData } from '../data.ts';
import { lineBreaks } from '../util/line-break.ts';
import { toSource } from '../view/text-view.ts';

const LINE_BREAK = lineBreaks();
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const inside = (at: number, spans: readonly Span[]) => spans.some((s) => at > s.start && at < s.end);

/**
 * Paragraphs of the source for the plan page, each with a stable anchor: the parser's blocks cut
 * at every line break (plans without blank lines are one block), where a heading starts inside a
 * line (flattened documents), and around tables, contents and chrome, so that each paragraph is
 * of one kind. A table stays one paragraph; its rows get anchors on the page.
 */
export function buildParagraphs(tree: Root, data: PlanData): ParagraphEntry[] {
  const { view } = data;
  const text = data.source.text;
  const headingStarts = new Set(data.outline.headings.map((h) => view.map[h.start]!));
  const tables = data.tables.map((t) => toSource(view, t.start, t.end));
  const toc = data.outline.toc.map((t) => toSource(view, t.start, t.end));
  const chrome = data.boilerplate.lines.map((l) => toSource(view, l.start, l.end));
  if (data.boilerplate.tail < view.text.length) chrome.push(toSource(view, data.boilerplate.tail, view.text.length));
  const borders = [...headingStarts, ...[...tables, ...toc, ...chrome].flatMap((s) => [s.start, s.end])];
  const out: ParagraphEntry[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const cuts = new Set(borders.filter((b) => b > start && b < end));
    LINE_BREAK.lastIndex = start;
    for (let m = LINE_BREAK.exec(text); m && m.index < end; m = LINE_BREAK.exec(text))
      if (!inside(m.index, tables)) cuts.add(m.index + m[0].length);
    let from = start;
    for (const at of [...[...cuts].sort((a, b) => a - b), end]) {
      let e = at;
      while (e > from && /\s/u.test(text[e - 1]!)) e--;
      if (e > from) {
        const span = { start: from, end: e };
        const kind = chrome.some((c) => overlaps(c, span))
          ? 'boilerplate'
          : toc.some((c) => overlaps(c, span))
            ? 'toc'
            : tables.some((c) => overlaps(c, span))
              ? 'table'
              : headingStarts.has(from) && e - from < 60
                ? 'heading'
                : 'text';
        const last = out[out.length - 1];
        const table = tables.find((t) => overlaps(t, span));
        // a table whose cells are paragraphs of their own is still one table
        if (kind === 'table' && last?.kind === 'table' && table && overlaps(table, last)) last.end = span.end;
        else out.push({ anchor: `p${out.length + 1}`, kind, ...span });
      }
      from = at;
      while (from < end && /\s/u.test(text[from]!)) from++;
    }
  }
  return out;
}

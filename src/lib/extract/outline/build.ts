import type { Span } from '../../types.ts';
import type { Rules } from '../rules/types.ts';
import { findCandidates, type Candidate } from './candidates.ts';
import { assignScopes, kindOf } from './classify.ts';
import type { Heading } from './heading.ts';
import { findRunIns, isRunInTitle } from './run-in.ts';
import { acceptSequence } from './sequence.ts';
import { lineTitleEnd, printedWidth } from './line-title.ts';
import { flatTitleEnd, verbSplit } from './title.ts';
import { findToc } from './toc.ts';

export interface Outline {
  headings: Heading[];
  toc: Span[];
  /** True when line breaks were lost and headings run inside lines. */
  flattened: boolean;
}

const STRUCTURAL = new Set(['chapter', 'cn', 'cn-paren']);
const RUN_IN_PARENTS = new Set(['chapter', 'section', 'cn']);

/** Finds the headings of text[0, limit), their titles, nesting and section kinds. */
export function buildOutline(text: string, limit: number, rules: Rules, marked: readonly Candidate[] = []): Outline {
  const found = findCandidates(text).filter((c) => c.start < limit);
  // headings the markup marks (Markdown #) that carry no numbering of their own
  const unnumbered = marked.filter(
    (m) => !found.some((c) => c.lineStart && c.start >= m.start - 7 && c.start < m.textStart + 2),
  );
  let cands = [...found, ...unnumbered].sort((a, b) => a.start - b.start);
  const toc = findToc(text, cands);
  cands = cands.filter((c) => !toc.spans.some((s) => c.start >= s.start && c.start < s.end));
  // lost line breaks: few headings at line starts, and long lines on average
  const lines =
    text
      .slice(0, limit)
      .split('\n')
      .filter((l) => l.trim() !== '').length || 1;
  const flattened =
    marked.length === 0 &&
    cands.filter((c) => c.lineStart && STRUCTURAL.has(c.style)).length < 3 &&
    (lines <= 2 || limit / lines > 150);
  if (!flattened) cands = cands.filter((c) => c.lineStart);
  const accepted = acceptSequence(cands);
  const width = flattened ? null : printedWidth(text, limit);
  const headings: Heading[] = accepted.map((a, i) => {
    const next = accepted[i + 1]?.start ?? limit;
    const titleEnd = flattened
      ? flatTitleEnd(text, a.textStart, next, toc.titles, rules)
      : lineTitleEnd(text, a.textStart, width);
    return {
      style: a.style,
      n: a.n,
      depth: a.depth,
      start: a.start,
      titleStart: a.textStart,
      titleEnd,
      end: limit,
      bodyEnd: limit,
      kind: null,
      scope: null,
      parent: -1,
      children: 0,
      inColumn: false,
      gap: a.gap,
    };
  });
  link(headings, limit);
  const withRunIns = addRunIns(text, headings, rules, flattened);
  link(withRunIns, limit);
  for (const h of withRunIns) h.kind = kindOf(text.slice(h.titleStart, h.titleEnd), rules);
  assignScopes(withRunIns);
  return { headings: withRunIns, toc: toc.spans, flattened };
}

/** Parents, child counts, section ends and box membership from depth and order. */
function link(headings: Heading[], limit: number): void {
  const open: number[] = [];
  headings.forEach((h, i) => {
    h.children = 0;
    h.bodyEnd = limit;
    while (open.length > 0 && headings[open[open.length - 1]!]!.depth >= h.depth) {
      const closed = headings[open.pop()!]!;
      closed.end = h.start;
      if (closed.bodyEnd === limit) closed.bodyEnd = h.start;
    }
    h.parent = open.length > 0 ? open[open.length - 1]! : -1;
    const parent = h.parent >= 0 ? headings[h.parent]! : null;
    if (parent) {
      // a 专栏 box inside an item ends the item's text but does not make the item a parent
      if (h.style !== 'column') parent.children++;
      if (parent.bodyEnd === limit) parent.bodyEnd = h.start;
    }
    h.inColumn = h.style === 'column' || (h.parent >= 0 && headings[h.parent]!.inColumn);
    h.end = limit;
    open.push(i);
  });
}

/** Leaves whose body opens with run-in headings get those as children. */
function addRunIns(text: string, headings: Heading[], rules: Rules, flattened: boolean): Heading[] {
  const out: Heading[] = [];
  for (const h of headings) {
    out.push(h);
    // with line breaks kept, headings stand on their own lines and short sentences are prose
    // and only a part-level heading (一、 第三章) carries run-in items; numbered items are the lowest level
    if (!flattened || h.children > 0 || h.inColumn || !RUN_IN_PARENTS.has(h.style)) continue;
    let bodyStart = h.titleEnd;
    let openedByTitle = false;
    const title = text.slice(h.titleStart, h.titleEnd);
    const cut = verbSplit(title, rules, true);
    if (cut > 0 && isRunInTitle(text, h.titleStart + cut, h.titleEnd, rules) && text[h.titleEnd] === '。') {
      // "一、推进…建设健全健康组织体系。": the heading ran into its first run-in heading
      out.push({
        ...h,
        style: 'run-in',
        n: 0,
        depth: h.depth + 1,
        start: h.titleStart + cut,
        titleStart: h.titleStart + cut,
        titleEnd: h.titleEnd,
        children: 0,
        gap: 0,
      });
      bodyStart = h.titleEnd + 1;
      h.titleEnd = h.titleStart + cut;
      openedByTitle = true;
    } else if (text[bodyStart] === '。') {
      bodyStart++;
    }
    for (const r of findRunIns(text, bodyStart, h.bodyEnd, rules, openedByTitle)) {
      out.push({
        ...h,
        style: 'run-in',
        n: 0,
        depth: h.depth + 1,
        start: r.start,
        titleStart: r.start,
        titleEnd: r.end,
        children: 0,
        gap: 0,
        bodyEnd: h.bodyEnd,
      });
    }
  }
  return out;
}

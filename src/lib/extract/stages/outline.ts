import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { buildOutline } from '../outline/build.ts';
import type { Candidate } from '../outline/candidates.ts';
import { reportView } from '../report.ts';
import { toView, type TextView } from '../view/text-view.ts';

/** Headings of the markup (Markdown "## 主要任务"), as outline candidates in view offsets. */
function markedHeadings(tree: Root, view: TextView): Candidate[] {
  const out: Candidate[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.position?.start.offset === undefined) continue;
    const start = toView(view, node.position.start.offset);
    const marker = /^#{1,6}[ \t]*/u.exec(view.text.slice(start))?.[0].length ?? 0;
    out.push({
      style: `h${node.depth}`,
      n: 1,
      start: start + marker,
      textStart: start + marker,
      lineStart: true,
      strong: true,
    });
  }
  return out;
}

/** Finds the headings, their nesting and the kind of each section. */
export function outlineStage() {
  return (tree: Root, file: VFile): void => {
    const data = file.data.planatlas!;
    const { view } = data;
    data.outline = buildOutline(view.text, data.boilerplate.tail, data.rules, markedHeadings(tree, view));
    for (const h of data.outline.headings) {
      if (h.gap > 0)
        reportView(
          file,
          view,
          'numbering-gap',
          `${h.gap} number(s) missing before this heading: the source may be spliced`,
          h.start,
          h.titleEnd,
        );
    }
    for (const t of data.outline.toc)
      reportView(file, view, 'table-of-contents', 'table of contents, not counted as headings', t.start, t.end, 'info');
    if (data.outline.headings.length === 0)
      reportView(file, view, 'no-outline', 'no numbered headings found; the whole text is read as one section', 0, 0);
  };
}

import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { buildOutline } from '../outline/build.ts';
import { reportView } from '../report.ts';

/** Finds the headings, their nesting and the kind of each section. */
export function outlineStage() {
  return (_tree: Root, file: VFile): void => {
    const data = file.data.planatlas!;
    const { view } = data;
    data.outline = buildOutline(view.text, data.boilerplate.tail, data.rules);
    for (const h of data.outline.headings) {
      if (h.gap > 0) reportView(file, view, 'numbering-gap', `${h.gap} number(s) missing before this heading: the source may be spliced`, h.start, h.titleEnd);
    }
    for (const t of data.outline.toc) reportView(file, view, 'table-of-contents', 'table of contents, not counted as headings', t.start, t.end, 'info');
    if (data.outline.headings.length === 0) reportView(file, view, 'no-outline', 'no numbered headings found; the whole text is read as one section', 0, 0);
  };
}

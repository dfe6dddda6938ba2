import type { Slot } from '../../derived/builder.ts';
import { joinLines } from '../../derived/join.ts';
import type { State } from '../state.ts';
import { attr, kid, kids, type Element } from '../xml.ts';
import { blocks } from './body.ts';
import { readParagraph } from './paragraph.ts';

/**
 * A w:tbl: a grid with gridSpan (merged to the right) and vMerge (merged down) positions
 * pointing back to their origin cell; a table one cell wide (a "专栏" box) is read as text.
 */
export function table(state: State, tbl: Element): void {
  const rows = kids(tbl, 'w:tr');
  const slots: Slot[][] = [];
  rows.forEach((tr, r) => {
    const row: Slot[] = [];
    let c = Number(attr(kid(tr, 'w:trPr', 'w:gridBefore')) ?? 0);
    for (let i = 0; i < c; i++) row.push({ text: '' });
    for (const tc of kids(tr, 'w:tc')) {
      const props = kid(tc, 'w:tcPr');
      const span = Math.max(1, Number(attr(kid(props, 'w:gridSpan')) ?? 1) || 1);
      const vMerge = kid(props, 'w:vMerge');
      const continues = vMerge !== undefined && attr(vMerge) !== 'restart';
      const above = slots[r - 1]?.[c];
      const origin: readonly [number, number] | undefined =
        continues && above ? ('from' in above ? above.from : [r - 1, c]) : undefined;
      for (let k = 0; k < span; k++) {
        if (origin) row.push({ merged: 'row', from: origin });
        else row.push(k === 0 ? { text: cellText(state, tc) } : { merged: 'col', from: [r, c] });
      }
      c += span;
    }
    slots.push(row);
  });
  const width = Math.max(0, ...slots.map((row) => row.length));
  if (width === 1) {
    for (const tr of rows) for (const tc of kids(tr, 'w:tc')) blocks(state, tc);
    return;
  }
  state.out.table(slots, 'docx');
}

/** A cell's text on one line: its paragraphs (with their numbering) and nested tables run together. */
function cellText(state: State, tc: Element): string {
  const lines: string[] = [];
  const visit = (node: Element): void => {
    for (const child of kids(node)) {
      if (child.name === 'w:p') {
        const read = readParagraph(state, child);
        lines.push(...read.lines);
        read.boxes.forEach(visit);
      } else if (child.name === 'w:tbl') {
        for (const tr of kids(child, 'w:tr')) lines.push(joinLines(kids(tr, 'w:tc').map((c) => cellText(state, c))));
      } else if (child.name === 'w:sdt' || child.name === 'w:sdtContent' || child.name === 'w:customXml') visit(child);
    }
  };
  visit(tc);
  return joinLines(lines);
}

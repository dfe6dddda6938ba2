import type { State } from '../state.ts';
import { kids, type Element } from '../xml.ts';
import { readParagraph } from './paragraph.ts';
import { table } from './table.ts';

/** Containers whose children are block content again (content controls, custom XML, smart tags). */
const CONTAINERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:ins', 'w:moveTo']);

/** Reads block content (a body, a text box, a cell of a one-cell box table) into the text. */
export function blocks(state: State, parent: Element): void {
  for (const child of kids(parent)) {
    if (child.name === 'w:p') paragraph(state, child);
    else if (child.name === 'w:tbl') table(state, child);
    else if (CONTAINERS.has(child.name)) blocks(state, child);
  }
}

function paragraph(state: State, p: Element): void {
  const read = readParagraph(state, p);
  for (const line of read.lines)
    state.out.line(line, read.heading > 0 ? 'heading' : 'paragraph', read.heading || undefined);
  for (const box of read.boxes) blocks(state, box);
}

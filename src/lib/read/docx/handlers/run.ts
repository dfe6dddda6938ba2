import { kids, textOf, type Element } from '../xml.ts';

/** Elements whose content is not text on the page: deletions, field codes, moved-away text. */
const SKIP = new Set(['w:del', 'w:delText', 'w:instrText', 'w:moveFrom', 'w:rPr', 'w:pPr', 'w:fldData']);

/** Text-box content under a run: read after the paragraph that anchors it, as its own blocks. */
const BOX = 'w:txbxContent';

/**
 * Reads the inline content of a paragraph into lines: text, tabs (a space: a TAB would read as
 * a table cell boundary), manual line breaks (a new line), symbols; text boxes are collected.
 */
export function inline(node: Element, lines: string[], boxes: Element[]): void {
  for (const child of kids(node)) {
    const name = child.name;
    if (SKIP.has(name) || (name === 'w:r' && isHidden(child))) continue;
    if (name === BOX) boxes.push(child);
    else if (name === 'w:t') lines[lines.length - 1] += textOf(child);
    else if (name === 'w:tab' || name === 'w:ptab') lines[lines.length - 1] += ' ';
    else if (name === 'w:noBreakHyphen') lines[lines.length - 1] += '-';
    else if (name === 'w:br' || name === 'w:cr') {
      if (child.attributes['w:type'] !== 'page' && child.attributes['w:type'] !== 'column') lines.push('');
    } else if (name === 'mc:AlternateContent') {
      // the Choice and its Fallback hold the same content (a text box twice): read only one
      const choice = kids(child)[0];
      if (choice) inline(choice, lines, boxes);
    } else inline(child, lines, boxes);
  }
}

/** A run formatted as hidden text (w:vanish) is not on the printed page. */
function isHidden(run: Element): boolean {
  const props = kids(run, 'w:rPr')[0];
  const vanish = props ? kids(props, 'w:vanish')[0] : undefined;
  const value = vanish?.attributes['w:val'];
  return vanish !== undefined && value !== 'false' && value !== '0';
}

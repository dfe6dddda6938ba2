import type { Element, ElementContent } from 'hast';
import { joinLines } from '../../derived/join.ts';
import { isMetaLine } from '../chrome-lines.ts';
import { count, flush, type State } from '../state.ts';
import { block } from '../walk.ts';
import { collapse } from '../whitespace.ts';
import { placeCells, type SpanCell } from './place-cells.ts';

/**
 * `<table>`: a data table becomes a grid (rowspan/colspan placed), a layout table (one holding
 * another table, or one cell per row, like a "专栏" box) is read as blocks, and a table of the
 * portal's metadata box is set apart for metadata detection.
 */
export function table(state: State, node: Element): void {
  const rows = tableRows(node);
  const layout = rows.every((r) => r.length <= 1) || contains(node, 'table');
  if (layout || state.chrome > 0) {
    block(state, node);
    return;
  }
  flush(state);
  const cells: SpanCell[][] = rows.map((r) => r.map(spanCell));
  if (cells.flat().filter((c) => isMetaLine(c.text, state.words)).length >= 2) {
    count(state, 'meta-box');
    for (const row of cells) state.metaLines.push(row.map((c) => c.text).join(' '));
    return;
  }
  const caption = node.children.find((c) => c.type === 'element' && c.tagName === 'caption');
  if (caption && caption.type === 'element') block(state, caption);
  state.out.table(placeCells(cells), 'html');
}

/** The rows of this table, not of tables nested in it. */
function tableRows(node: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (parent: Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child.children.filter(isCell));
      else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) visit(child);
    }
  };
  visit(node);
  return rows;
}

function isCell(node: ElementContent): node is Element {
  return node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');
}

function spanCell(cell: Element): SpanCell {
  const span = (name: string): number => {
    const n = Number(cell.properties[name] ?? 1);
    return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 1;
  };
  return { text: joinLines(cellLines(cell).map(collapse)), rowspan: span('rowSpan'), colspan: span('colSpan') };
}

/** A cell's text by its own lines (paragraphs, `<br>`), scripts and styles left out. */
function cellLines(node: Element): string[] {
  const lines: string[] = [''];
  const visit = (n: ElementContent): void => {
    if (n.type === 'text') lines[lines.length - 1] += n.value;
    if (n.type !== 'element' || ['script', 'style', 'noscript'].includes(n.tagName)) return;
    const breaks = n.tagName === 'br' || n.tagName === 'p' || n.tagName === 'div' || n.tagName === 'li';
    if (breaks) lines.push('');
    n.children.forEach(visit);
    if (breaks) lines.push('');
  };
  node.children.forEach(visit);
  return lines;
}

function contains(node: Element, tag: string): boolean {
  return node.children.some((c) => c.type === 'element' && (c.tagName === tag || contains(c, tag)));
}

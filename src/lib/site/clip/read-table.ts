import type { Matrix, MatrixCell } from './table-html.ts';

/** Parts of a cell meant for the screen only: buttons, "more" links, and whatever the page hides. */
function skipped(el: Element): boolean {
  return (
    el instanceof HTMLButtonElement ||
    el.classList.contains('no-copy') ||
    (el as HTMLElement).hidden ||
    getComputedStyle(el).display === 'none'
  );
}

/**
 * What a reader sees in a cell, read from the live page so styles that hide a mark are
 * respected. Separate elements (value, year, tag) are set apart by a space, as on screen.
 */
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && skipped(node)) return '';
  return [...node.childNodes]
    .map((child) => (child instanceof Element ? ` ${visibleText(child)} ` : visibleText(child)))
    .join('');
}

const cellText = (cell: HTMLTableCellElement) => visibleText(cell).replace(/\s+/gu, ' ').trim();

/**
 * A cell's text with its span and, when the cell is one link (查看原文, a region), that link's
 * full address; a link on part of a cell (the value beside a 最积极 tag) stays plain text.
 */
function matrixCell(cell: HTMLTableCellElement): MatrixCell {
  const text = cellText(cell);
  const links = [...cell.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => !skipped(a));
  const whole = links.length === 1 && visibleText(links[0]!).replace(/\s+/gu, ' ').trim() === text;
  const href = whole ? links[0]!.href : undefined;
  if (cell.colSpan <= 1 && href === undefined) return text;
  return { text, ...(cell.colSpan > 1 && { colspan: cell.colSpan }), ...(href && { href }) };
}
const shown = (el: HTMLElement) => !el.hidden && el.closest('[hidden]') === null;

/** The table as shown: only visible rows and cells, so a narrowed comparison copies as narrowed. */
export function readTable(table: HTMLTableElement, source: string): Matrix {
  const rows = (section: HTMLTableSectionElement | null) =>
    [...(section?.rows ?? [])].filter(shown).map((r) => [...r.cells].filter(shown).map(matrixCell));
  return {
    caption: table.caption?.textContent?.trim() ?? document.title,
    head: rows(table.tHead),
    body: [...table.tBodies].flatMap(rows),
    source,
  };
}

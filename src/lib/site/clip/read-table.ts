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

/** A cell's text with its span and, when it holds one visible link, that link's full address. */
function matrixCell(cell: HTMLTableCellElement): MatrixCell {
  const links = [...cell.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => !skipped(a));
  const href = links.length === 1 ? links[0]!.href : undefined;
  if (cell.colSpan <= 1 && href === undefined) return cellText(cell);
  return { text: cellText(cell), ...(cell.colSpan > 1 && { colspan: cell.colSpan }), ...(href && { href }) };
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

// Sorting by a column header for any table marked `data-sortable`: each header becomes a button
// (keyboard and screen readers reach it), the sorted one carries aria-sort. Numbers sort as
// numbers, Chinese by pinyin; empty cells stay last. A third press restores the original order.
// Each tbody sorts on its own, and rows below a group heading row stay in their group.

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true });
const NUMBER = /[-−]?\d+(?:\.\d+)?/u;

/** A cell's sort key: its `data-sort` if given, else its text; the first number in it, if any. */
export function sortKey(cell: Element | undefined): { text: string; num: number | null } {
  const text = ((cell as HTMLElement | undefined)?.dataset['sort'] ?? cell?.textContent ?? '').trim();
  const m = NUMBER.exec(text);
  return { text, num: m ? Number(m[0].replace('−', '-')) : null };
}

/** Ascending order of two keys: numbers before words, numbers by value, words by pinyin, empty last. */
export function compareKeys(a: ReturnType<typeof sortKey>, b: ReturnType<typeof sortKey>): number {
  if (a.text === '' || b.text === '') return a.text === '' ? (b.text === '' ? 0 : 1) : -1;
  if (a.num !== null && b.num !== null) return a.num - b.num || collator.compare(a.text, b.text);
  if (a.num !== null || b.num !== null) return a.num !== null ? -1 : 1;
  return collator.compare(a.text, b.text);
}

type Order = 'ascending' | 'descending' | 'none';
const NEXT: Record<Order, Order> = { none: 'ascending', ascending: 'descending', descending: 'none' };
const ARROW: Record<Order, string> = { none: '↕', ascending: '↑', descending: '↓' };

/** The cell of a row in a column, counting colspans (rows with a rowspan above are left alone). */
function cellAt(row: HTMLTableRowElement, column: number): Element | undefined {
  let at = 0;
  for (const cell of row.cells) {
    if (column < at + cell.colSpan) return cell;
    at += cell.colSpan;
  }
  return undefined;
}

/** A heading row of a group (one cell across the table): rows sort below it, never past it. */
const isGroupHead = (r: HTMLTableRowElement) =>
  r.cells.length === 1 && (r.cells[0]!.colSpan > 1 || r.cells[0]!.getAttribute('scope') === 'rowgroup');

function sortBy(table: HTMLTableElement, column: number, order: Order): void {
  for (const body of table.tBodies) {
    const rows = [...body.rows];
    // A row spanning several rows cannot move alone: such a body keeps its order.
    if (rows.some((r) => [...r.cells].some((c) => c.rowSpan > 1))) continue;
    rows.forEach((r, i) => (r.dataset['order'] ??= String(i)));
    const original = (r: HTMLTableRowElement) => Number(r.dataset['order']);
    rows.sort((a, b) => original(a) - original(b));
    const sign = order === 'descending' ? -1 : 1;
    const byColumn = (a: HTMLTableRowElement, b: HTMLTableRowElement) =>
      order === 'none'
        ? original(a) - original(b)
        : sign * compareKeys(sortKey(cellAt(a, column)), sortKey(cellAt(b, column))) || original(a) - original(b);
    const out: HTMLTableRowElement[] = [];
    let group: HTMLTableRowElement[] = [];
    for (const r of rows) {
      if (!isGroupHead(r)) {
        group.push(r);
        continue;
      }
      out.push(...group.sort(byColumn), r);
      group = [];
    }
    out.push(...group.sort(byColumn));
    body.append(...out);
  }
}

export function makeSortable(table: HTMLTableElement): void {
  const head = table.tHead?.rows[table.tHead.rows.length - 1];
  if (!head || table.dataset['sortReady']) return;
  table.dataset['sortReady'] = '1';
  let column = 0;
  for (const th of [...head.cells]) {
    const at = column;
    column += th.colSpan;
    if (th.dataset['sort'] === 'none' || th.colSpan > 1) continue;
    // The header's words stay in the cell (copied with the table); the button beside them
    // covers the whole cell (see .sort-button in global.css), so a click anywhere on it sorts.
    const name = (th.textContent ?? '').replace(/\s+/gu, ' ').trim();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.setAttribute('aria-label', `按“${name}”排序`);
    const state = document.createElement('span');
    state.setAttribute('aria-hidden', 'true');
    state.textContent = ARROW.none;
    button.append(state);
    th.append(button);
    button.addEventListener('click', () => {
      const order = NEXT[(th.getAttribute('aria-sort') as Order | null) ?? 'none'];
      for (const other of head.cells) {
        other.removeAttribute('aria-sort');
        const arrow = other.querySelector('.sort-button > span');
        if (arrow) arrow.textContent = ARROW.none;
      }
      if (order !== 'none') th.setAttribute('aria-sort', order);
      state.textContent = ARROW[order];
      sortBy(table, at, order);
    });
  }
}

export function makeTablesSortable(root: ParentNode = document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) makeSortable(table);
}

import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { Html, Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Grid, GridCell } from '../../../read/types.ts';
import { toView, type TextView } from '../../view/text-view.ts';

const texts = (n: ElementContent): Text[] =>
  n.type === 'text' ? [n] : n.type === 'element' ? n.children.flatMap(texts) : [];
const isCell = (n: ElementContent): n is Element => n.type === 'element' && (n.tagName === 'td' || n.tagName === 'th');
const span = (e: Element, attr: 'rowSpan' | 'colSpan') => Math.max(1, Number(e.properties[attr] ?? 1) || 1);

/** A table element's rows × cells, rowspan and colspan repeated as merged positions (offsets in `at`). */
function tableGrid(table: Element, at: (o: number) => number): GridCell[][] {
  const rows: GridCell[][] = [];
  const trs: Element[] = [];
  visit(table, 'element', (e) => void (e.tagName === 'tr' && trs.push(e)));
  trs.forEach((tr, r) => {
    rows[r] ??= [];
    let c = 0;
    for (const td of tr.children.filter(isCell)) {
      while (rows[r]![c]) c++;
      const parts = texts(td).filter((t) => t.value.trim() !== '');
      const s = at(parts[0]?.position?.start.offset ?? td.position?.start.offset ?? 0);
      const e = parts.length > 0 ? at(parts[parts.length - 1]!.position!.end.offset!) : s;
      const cell: GridCell = { text: parts.map((t) => t.value.trim()).join(''), start: s, end: e };
      for (let dr = 0; dr < span(td, 'rowSpan'); dr++)
        for (let dc = 0; dc < span(td, 'colSpan'); dc++) {
          const merged = dr > 0 ? 'row' : dc > 0 ? 'col' : undefined;
          (rows[r + dr] ??= [])[c + dc] = merged ? { ...cell, merged } : cell;
        }
      c += span(td, 'colSpan');
    }
  });
  // a position no cell covers (a short row) is an empty cell where its row starts
  return rows.map((row) => {
    const at0 = row.find(Boolean)?.start ?? 0;
    return Array.from(row, (x) => x ?? { text: '', start: at0, end: at0 });
  });
}

/**
 * HTML tables written into a Markdown plan (web copies keep a table with merged cells as
 * HTML): parsed with rehype, cells positioned in the plan text through the html node's offset.
 */
export function readMarkdownHtmlGrids(tree: Root, view: TextView): Grid[] {
  const grids: Grid[] = [];
  visit(tree, 'html', (node: Html) => {
    if (!/<table/iu.test(node.value)) return;
    const base = node.position?.start.offset ?? 0;
    const hast = unified().use(rehypeParse, { fragment: true }).parse(node.value) as HastRoot;
    visit(hast, 'element', (e) => {
      if (e.tagName !== 'table') return;
      const rows = tableGrid(e, (o) => toView(view, base + o));
      const start = toView(view, base + (e.position?.start.offset ?? 0));
      const end = toView(view, base + (e.position?.end.offset ?? node.value.length));
      if (rows.length > 0) grids.push({ start, end, rows, origin: 'html' });
    });
  });
  return grids;
}

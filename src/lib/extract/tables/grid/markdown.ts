import type { PhrasingContent, Root, TableCell } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Grid, GridCell } from '../../../read/types.ts';
import { toView, type TextView } from '../../view/text-view.ts';

/**
 * A cell's content span in the source: its children's extent, inside a markup that wraps the
 * whole cell ("**健康水平**"), or just after its pipe when empty.
 */
function cellSpan(cell: TableCell): [number, number] {
  let content: PhrasingContent[] = cell.children;
  while (content.length === 1 && (content[0]!.type === 'strong' || content[0]!.type === 'emphasis'))
    content = content[0].children;
  const first = content[0]?.position?.start.offset;
  const last = content[content.length - 1]?.position?.end.offset;
  if (first !== undefined && last !== undefined) return [first, last];
  const at = (cell.position?.start.offset ?? 0) + 1;
  return [at, at];
}

/** GFM tables of a Markdown plan, as the remark-gfm parser positions them, in view offsets. */
export function readMarkdownGrids(tree: Root, view: TextView, source: string): Grid[] {
  const grids: Grid[] = [];
  visit(tree, 'table', (table) => {
    const rows = table.children.map((row) =>
      row.children.map((c): GridCell => {
        const [s, e] = cellSpan(c);
        const start = toView(view, s);
        const end = Math.max(start, toView(view, e));
        return { text: view.text.slice(start, end), start, end };
      }),
    );
    const start = toView(view, table.position?.start.offset ?? 0);
    const end = toView(view, table.position?.end.offset ?? source.length);
    if (rows.length > 0) grids.push({ start, end, rows, origin: 'pipe' });
  });
  return grids;
}

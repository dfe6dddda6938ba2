import type { Grid } from '../../../read/types.ts';
import { toView, type TextView } from '../../view/text-view.ts';

/** The file's own tables (HTML, .docx, PDF), moved from source to view offsets. */
export function sourceGrids(grids: readonly Grid[], view: TextView): Grid[] {
  const at = (o: number) => toView(view, o);
  return grids.map((g) => ({
    ...g,
    start: at(g.start),
    end: at(g.end),
    rows: g.rows.map((row) => row.map((c) => ({ ...c, start: at(c.start), end: Math.max(at(c.start), at(c.end)) }))),
  }));
}

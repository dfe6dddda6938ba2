import type { GridCellSpan, GridEntry } from '../../types.ts';
import type { PlanData } from '../data.ts';
import { toSource } from '../view/text-view.ts';

/**
 * The plan's grids in source offsets, for the plan page to draw as tables. Only offsets are kept
 * (the text is in texts/<id>.txt); an empty cell keeps the point where it sits.
 */
export function buildGrids(data: Pick<PlanData, 'grids' | 'view'>): GridEntry[] {
  const { view } = data;
  return data.grids.map((g) => ({
    ...toSource(view, g.start, g.end),
    rows: g.rows.map((row) =>
      row.map((c): GridCellSpan => {
        const span = toSource(view, c.start, c.end);
        return c.merged ? { ...span, merged: c.merged } : span;
      }),
    ),
  }));
}

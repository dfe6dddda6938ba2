import type { Grid, GridCell } from '../../../read/types.ts';
import type { Rules } from '../../rules/types.ts';
import type { ColumnRole } from '../model.ts';
import { headerRole } from '../interpret/roles.ts';
import { bySpacers, cellsFrom, groupRows } from './cell-stream.ts';

const VALUE: readonly (ColumnRole | null)[] = ['baseline', 'target'];

/** A row whose serial is no number, or whose value or unit cells are phrases, has run past the table. */
const plausible = (row: readonly GridCell[], roles: readonly (ColumnRole | null)[]) =>
  row.every((c, k) => {
    const t = c.text.replace(/\s/gu, '');
    if (roles[k] === 'serial') return /^\d{1,3}$/u.test(t);
    if (roles[k] === 'unit') return t.length <= 8;
    return !VALUE.includes(roles[k] ?? null) || /\d/u.test(t) || t.length <= 8;
  });

/**
 * Tables with one cell per paragraph: flattened from HTML with a white-space line between cells,
 * or copied from a web page one cell per line. The table starts at a line naming its serial,
 * category or indicator column, its header is the run of cells naming columns (three or more,
 * an indicator and a value column among them), and it ends at the first cell that reads as
 * prose or the first row that does not fit.
 */
export function readCellLineGrids(text: string, limit: number, rules: Rules): Grid[] {
  const grids: Grid[] = [];
  const lineRe = /^[^\n]+$/gmu;
  for (let m = lineRe.exec(text); m && m.index < limit; m = lineRe.exec(text)) {
    const role = headerRole(m[0], rules);
    if (role !== 'category' && role !== 'name' && role !== 'serial') continue;
    const cells = cellsFrom(text, m.index, limit, bySpacers(text, m.index));
    let width = 0;
    while (width < cells.length && headerRole(cells[width]!.text, rules) !== null) width++;
    const header = cells.slice(0, width);
    const roles = header.map((c) => headerRole(c.text, rules));
    if (!roles.includes('name') || !roles.some((r) => VALUE.includes(r)) || width < 3) continue;
    const byAttribute = roles.at(-1) === 'attribute';
    const all = groupRows(cells.slice(width), width, byAttribute, roles[0] === 'category');
    const bad = all.findIndex((r) => !plausible(r, roles));
    const rows = bad < 0 ? all : all.slice(0, bad);
    if (rows.length === 0) continue;
    const end = Math.max(...rows.flat().map((c) => c.end));
    grids.push({ start: m.index, end, rows: [header, ...rows], origin: 'cell-lines' });
    lineRe.lastIndex = end;
  }
  return grids;
}

import type { Grid, GridCell } from '../../../read/types.ts';
import type { Rules } from '../../rules/types.ts';
import { fold, headerRole } from '../interpret/roles.ts';
import { trimCell } from './lines.ts';

/** A line of white space only (NBSP, EN SPACE, spaces): the cell border of a flattened HTML table. */
const SPACER = /\n[ \t\u00a0\u2002\u2003\u3000]+(?=\n)/gu;

/**
 * Tables flattened from HTML with one cell per paragraph and a white-space line between cells;
 * a cell's own lines are separated by blank lines. The table starts at a cell naming its
 * category or indicator column and ends at the first cell that reads as prose. Rows are cut by
 * the header's width; with an attribute column each row ends at its 预期性/约束性 cell, and a row
 * one cell short lost its merged category, which the row above repeats.
 */
export function readCellLineGrids(text: string, limit: number, rules: Rules): Grid[] {
  const grids: Grid[] = [];
  const lineRe = /^[^\n]+$/gmu;
  for (let m = lineRe.exec(text); m && m.index < limit; m = lineRe.exec(text)) {
    const role = headerRole(m[0], rules);
    if (role !== 'category' && role !== 'name') continue;
    const cells = cellsFrom(text, m.index, limit);
    let width = 0;
    while (width < cells.length && headerRole(cells[width]!.text, rules) !== null) width++;
    const header = cells.slice(0, width);
    const roles = header.map((c) => headerRole(c.text, rules));
    if (!roles.includes('name') || cells.length < width + 2 || width < 3) continue;
    const rows = groupRows(cells.slice(width), width, roles.at(-1) === 'attribute', roles[0] === 'category');
    if (rows.length === 0) continue;
    const last = cells[cells.length - 1]!;
    grids.push({ start: m.index, end: last.end, rows: [header, ...rows], origin: 'cell-lines' });
    lineRe.lastIndex = last.end;
  }
  return grids;
}

const ATTRIBUTE = /^(?:预期性|约束性)$/u;

function groupRows(body: readonly GridCell[], width: number, byAttribute: boolean, categoryFirst: boolean) {
  const groups: GridCell[][] = [];
  if (byAttribute) {
    const group: GridCell[] = [];
    for (const c of body) {
      group.push(c);
      if (ATTRIBUTE.test(fold(c.text))) groups.push(group.splice(0));
    }
    if (group.length > 0) groups.push(group);
  } else {
    for (let i = 0; i < body.length; i += width) groups.push(body.slice(i, i + width));
  }
  const rows: GridCell[][] = [];
  for (const g of groups) {
    const above = rows[rows.length - 1];
    if (categoryFirst && g.length === width - 1 && above) rows.push([{ ...above[0]!, merged: 'row' }, ...g]);
    else rows.push(g);
  }
  return rows;
}

/** Cells from `from` on, split at white-space lines, up to the first cell that is prose. */
function cellsFrom(text: string, from: number, limit: number): GridCell[] {
  const cells: GridCell[] = [];
  SPACER.lastIndex = from;
  let at = from;
  for (;;) {
    const m = SPACER.exec(text);
    if (!m || m.index >= limit) break;
    const cell = trimCell(text, at, m.index);
    if (isProse(cell.text)) break;
    cells.push(cell);
    at = m.index + m[0].length;
  }
  return cells;
}

const isProse = (t: string) =>
  t === '' || t.includes('。') || t.replace(/\s/gu, '').length > 60 || /^第[一二三四五六七八九十]+章/u.test(t);

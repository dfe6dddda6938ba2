import type { GridCell } from '../../../read/types.ts';
import { fold } from '../interpret/roles.ts';
import { linesOf, trimCell } from './lines.ts';

/** A line of white space only (NBSP, EN SPACE, spaces): the cell border of a flattened HTML table. */
const SPACER = /\n[ \t\u00a0\u2002\u2003\u3000]+(?=\n)/gu;

const isProse = (t: string) =>
  t === '' || t.includes('。') || t.replace(/\s/gu, '').length > 60 || /^第[一二三四五六七八九十]+章/u.test(t);

/** Whether the cells from `from` on are bordered by white-space lines rather than line breaks. */
export const bySpacers = (text: string, from: number): boolean => {
  SPACER.lastIndex = from;
  const m = SPACER.exec(text);
  const eol = text.indexOf('\n', from);
  return m !== null && eol >= 0 && text.slice(eol, m.index).trim() === '';
};

/**
 * Cells from `from` on, up to the first that reads as prose: split at white-space lines (a
 * cell's own lines separated by blank lines), or one cell per non-blank line.
 */
export function cellsFrom(text: string, from: number, limit: number, spacers: boolean): GridCell[] {
  const cells: GridCell[] = [];
  if (!spacers) {
    for (const l of linesOf(text.slice(0, limit), limit).filter((x) => x.start >= from)) {
      const cell = trimCell(text, l.start, l.end);
      if (cell.text === '') continue;
      if (isProse(cell.text) || /[\t|｜]/u.test(cell.text)) break;
      cells.push(cell);
    }
    return cells;
  }
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

const ATTRIBUTE = /^(?:预期性|约束性)$/u;

/**
 * Rows of a cell stream: with an attribute column each row ends at its 预期性/约束性 cell, and a
 * row one cell short lost its merged category, which the row above repeats; otherwise rows are
 * cut by the header's width. A last group that is not a full row is left out.
 */
export function groupRows(body: readonly GridCell[], width: number, byAttribute: boolean, categoryFirst: boolean) {
  const groups: GridCell[][] = [];
  if (byAttribute) {
    const group: GridCell[] = [];
    for (const c of body) {
      group.push(c);
      if (ATTRIBUTE.test(fold(c.text))) groups.push(group.splice(0));
    }
  } else {
    for (let i = 0; i + width <= body.length; i += width) groups.push(body.slice(i, i + width));
  }
  const rows: GridCell[][] = [];
  for (const g of groups) {
    const above = rows[rows.length - 1];
    if (categoryFirst && g.length === width - 1 && above) rows.push([{ ...above[0]!, merged: 'row' }, ...g]);
    else rows.push(g);
  }
  return rows;
}

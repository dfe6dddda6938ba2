import type { Rules } from '../rules/types.ts';
import { headerRole, valueColumns } from './columns.ts';
import { readHeader } from './header.ts';
import type { Cell, Table } from './model.ts';
import { groupRows } from './rows.ts';

/** A line of white space only (NBSP, EN SPACE, spaces): the cell border of a flattened HTML table. */
const SPACER = /\n[ \t\u00a0\u2002\u2003\u3000]+(?=\n)/gu;

/**
 * Tables flattened from HTML with one cell per paragraph and a white-space line between cells;
 * a cell's own lines are separated by blank lines. The table starts at a line naming its
 * category or indicator column and ends at the first cell that reads as prose.
 */
export function findCellLineTables(
  text: string,
  limit: number,
  region: string,
  periodStart: number,
  rules: Rules,
): Table[] {
  const tables: Table[] = [];
  const lineRe = /^[^\n]+$/gmu;
  for (let m = lineRe.exec(text); m && m.index < limit; m = lineRe.exec(text)) {
    const role = headerRole(m[0], rules);
    if (role !== 'category' && role !== 'name') continue;
    const cells = cellsFrom(text, m.index, limit);
    const header = readHeader(cells, rules);
    if (!header || cells.length < header.length + 2) continue;
    const body = cells.slice(header.length);
    const columns = valueColumns(header.values, region, periodStart, rules);
    const { rows, stray } = groupRows(body, columns.length, header.hasCategory, header.hasAttribute);
    if (rows.length === 0) continue;
    const last = body[body.length - 1]!;
    tables.push({ start: m.index, end: last.end, columns, rows, stray });
    lineRe.lastIndex = last.end;
  }
  return tables;
}

/** Cells from `from` on, split at white-space lines, up to the first cell that is prose. */
function cellsFrom(text: string, from: number, limit: number): Cell[] {
  const cells: Cell[] = [];
  SPACER.lastIndex = from;
  let at = from;
  for (;;) {
    const m = SPACER.exec(text);
    const end = m && m.index < limit ? m.index : -1;
    if (end < 0) break;
    const cell = trimCell(text, at, end);
    if (isProse(cell.text)) break;
    cells.push(cell);
    at = end + m![0].length;
  }
  return cells;
}

function trimCell(text: string, start: number, end: number): Cell {
  let s = start;
  let e = end;
  while (s < e && /[\s\u00a0\u2002\u3000]/u.test(text[s]!)) s++;
  while (e > s && /[\s\u00a0\u2002\u3000]/u.test(text[e - 1]!)) e--;
  return { text: text.slice(s, e), start: s, end: e };
}

const isProse = (t: string) =>
  t === '' || t.includes('。') || t.replace(/\s/gu, '').length > 60 || /^第[一二三四五六七八九十]+章/u.test(t);

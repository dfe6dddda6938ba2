import type { Rules } from '../rules/types.ts';
import { valueColumns } from './columns.ts';
import { readHeader } from './header.ts';
import type { Cell, Row, Table } from './model.ts';
import { categoryText } from './rows.ts';

/** Cells of a pipe-table line, trimmed, empty ones kept. */
function lineCells(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  const line = text.slice(start, end);
  const lead = line.match(/^\s*\|/u)?.[0].length ?? 0;
  from += lead;
  for (let i = from; i <= end; i++) {
    if (i === end || text[i] === '|') {
      let s = from;
      let e = i;
      while (s < e && /\s/u.test(text[s]!)) s++;
      while (e > s && /\s/u.test(text[e - 1]!)) e--;
      if (!(i === end && s === e)) cells.push({ text: text.slice(s, e), start: s, end: e });
      from = i + 1;
    }
  }
  return cells;
}

/**
 * Pipe tables ("领 域 | 指 标 | 2020年 | 2030年 |"), Markdown or not. A row whose first cell
 * was merged away is one cell short and ends in an empty cell: its cells are shifted right and
 * the category above carries down.
 */
export function findPipeTables(
  text: string,
  limit: number,
  region: string,
  periodStart: number,
  rules: Rules,
): Table[] {
  const tables: Table[] = [];
  const lines: { start: number; end: number }[] = [];
  for (let at = 0; at < limit;) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > limit) end = limit;
    lines.push({ start: at, end });
    at = end + 1;
  }
  const isPipe = (l: { start: number; end: number }) => (text.slice(l.start, l.end).match(/\|/gu)?.length ?? 0) >= 2;
  for (let i = 0; i < lines.length; i++) {
    if (!isPipe(lines[i]!)) continue;
    let j = i;
    while (j < lines.length && isPipe(lines[j]!)) j++;
    const block = lines.slice(i, j).filter((l) => !/^[\s|:-]+$/u.test(text.slice(l.start, l.end)));
    i = j;
    const header = block.length > 1 ? readHeader(lineCells(text, block[0]!.start, block[0]!.end), rules) : null;
    if (!header) continue;
    const columns = valueColumns(header.values, region, periodStart, rules);
    const width = header.length;
    const rows: Row[] = [];
    const stray: Cell[] = [];
    let category: string | null = null;
    for (const l of block.slice(1)) {
      let cells = lineCells(text, l.start, l.end);
      const filled = cells.filter((c) => c.text !== '').length;
      if (header.hasCategory && filled < width && cells.length >= width && cells[cells.length - 1]!.text === '')
        cells = cells.slice(0, -1);
      else if (header.hasCategory) {
        category = categoryText(cells[0]!);
        cells = cells.slice(1);
      }
      const [name, ...rest] = cells;
      if (!name) continue;
      const values = columns.map((_, k) => rest[k] ?? null);
      const attribute = header.hasAttribute ? (rest[columns.length] ?? null) : null;
      if (rest.length > columns.length + (header.hasAttribute ? 1 : 0)) stray.push(...rest.slice(columns.length + 1));
      rows.push({ category, name, values, attribute });
    }
    tables.push({ start: block[0]!.start, end: block[block.length - 1]!.end, columns, rows, stray });
  }
  return tables;
}

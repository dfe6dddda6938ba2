import type { GridCell } from '../../../read/types.ts';
import type { Rules } from '../../rules/types.ts';
import { splitNameUnit } from '../../util/name-unit.ts';
import type { Column, TableRow } from '../model.ts';
import { fold, headerRole } from './roles.ts';

/** Category cell text without its "(5个)" row count. */
const categoryText = (c: GridCell) => fold(c.text).replace(/[(（]\d+(?:个|项)[)）]$/u, '');

/**
 * A row one cell short of a category-first header, or padded with an empty cell at its end,
 * lost its merged category cell in conversion: its first cell is no known category, and either
 * it carries a unit parenthetical the next cell lacks, or a bare value sits in the name column.
 */
function lostCategory(row: readonly GridCell[], width: number, rules: Rules): boolean {
  const filled = row.filter((c) => c.text.trim() !== '').length;
  const short =
    row.length === width - 1 || (row.length === width && row[width - 1]!.text === '' && filled === width - 1);
  if (!short || row[0]!.text === '') return false;
  const first = fold(row[0]!.text);
  const second = fold(row[1]?.text ?? '');
  const unitOf = (t: string) => splitNameUnit(t).unit !== null;
  const valueLike = /^[^\p{L}]*\d[^\p{L}]*(?:以上|以下|左右)?$/u.test(second);
  return !rules.tableCategories.includes(first) && ((unitOf(first) && !unitOf(second)) || valueLike);
}

/**
 * Body rows aligned to the columns: the category carried down over blank and merged cells, a
 * row that is a category band (one filled cell) setting the category of the rows below it.
 * A repeated header row is skipped; rows without a name and cells beyond the header are stray.
 */
export function readRows(
  rows: readonly GridCell[][],
  columns: readonly Column[],
  rules: Rules,
): { rows: TableRow[]; stray: GridCell[] } {
  const out: TableRow[] = [];
  const stray: GridCell[] = [];
  const cat = columns.findIndex((c) => c.role === 'category');
  const name = columns.findIndex((c) => c.role === 'name');
  let category: string | null = null;
  let above: GridCell | null = null;
  for (let row of rows) {
    // a merged cell repeats its origin: count it once
    const filled = row.filter((c, k) => c.text.trim() !== '' && row.findIndex((o) => o.start === c.start) === k);
    if (filled.length === 0) continue;
    if (cat === 0 && lostCategory(row, columns.length, rules)) {
      const carried = above
        ? { ...above, merged: 'row' as const }
        : { text: '', start: row[0]!.start, end: row[0]!.start };
      row = [carried, ...row.slice(0, columns.length - 1)];
    }
    const valued = columns.some((c, k) => (c.role === 'target' || c.role === 'baseline') && row[k]?.text.trim());
    const band = fold(filled[0]!.text);
    if (filled.length === 1 && columns.length > 2 && !valued && /\p{L}/u.test(band) && !/^注/u.test(band)) {
      category = categoryText(filled[0]!);
      continue;
    }
    // the header repeated after a page break
    if (row[name] && headerRole(row[name].text, rules) === 'name') continue;
    const c = cat >= 0 ? row[cat] : undefined;
    if (c && c.text.trim() !== '' && !c.merged) {
      category = categoryText(c);
      above = c;
    }
    const cells = columns.map((_, k) => row[k] ?? null);
    stray.push(...row.slice(columns.length).filter((x) => x.text.trim() !== ''));
    if (!cells[name] || cells[name]!.text.trim() === '') {
      stray.push(...filled.filter((x) => x !== c));
      continue;
    }
    out.push({ cells, category });
  }
  return { rows: out, stray };
}

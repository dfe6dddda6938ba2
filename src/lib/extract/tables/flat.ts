import type { Rules } from '../rules/types.ts';
import { valueColumns } from './columns.ts';
import type { Cell, Row, Table } from './model.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alt = (ws: readonly string[]) =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

/**
 * A table flattened into running text, as a .docx converted to one line gives it:
 * "指标类别指标名称2025年指标性质健康水平人均预期寿命(岁)76.8预期性婴儿死亡率…". Rows end at
 * their attribute word; a category word glued to the front of a row is split off; a repeated
 * header is skipped; the table ends at the first piece that reads as prose.
 */
export function findFlatTables(
  text: string,
  limit: number,
  region: string,
  periodStart: number,
  rules: Rules,
): Table[] {
  const h = rules.tableHeaders;
  const header = new RegExp(
    `(?:${alt(h.category)})\\s*(?:${alt(h.name)})\\s*((?:\\d{4}年[^\\d\\s预约]{0,12}\\s*){1,4})(?:${alt(h.attribute)})`,
    'gu',
  );
  const attribute = /预期性|约束性/gu;
  const category = new RegExp(`^(?:${alt(rules.tableCategories)})`, 'u');
  const tables: Table[] = [];
  for (let m = header.exec(text); m && m.index < limit; m = header.exec(text)) {
    const years = m[1]!.match(/\d{4}年[^\d\s预约]*/gu) ?? [];
    const columns = valueColumns(years, region, periodStart, rules);
    const rows: Row[] = [];
    let at = m.index + m[0].length;
    let current: string | null = null;
    attribute.lastIndex = at;
    for (let a = attribute.exec(text); a; a = attribute.exec(text)) {
      let s = at;
      header.lastIndex = s;
      const again = header.exec(text);
      if (again && again.index === s) s += again[0].length;
      const piece = text.slice(s, a.index);
      // a "。" inside a unit parenthetical is a damaged ‰, not the end of a sentence
      if (piece.replace(/[(（][^()（）]*[)）]/gu, '').includes('。') || piece.length > 80 || piece.length === 0) break;
      const cat = category.exec(piece);
      if (cat) {
        current = cat[0];
        s += cat[0].length;
      }
      const row = splitRow(text, s, a.index, columns.length);
      if (!row) break;
      rows.push({ category: current, ...row, attribute: { text: a[0], start: a.index, end: a.index + a[0].length } });
      at = a.index + a[0].length;
    }
    if (rows.length > 0) tables.push({ start: m.index, end: at, columns, rows, stray: [] });
    header.lastIndex = at;
  }
  return tables;
}

/** Name (up to and with its last parenthetical) and one value, from text[start, end). */
function splitRow(
  text: string,
  start: number,
  end: number,
  valueCount: number,
): { name: Cell; values: (Cell | null)[] } | null {
  const piece = text.slice(start, end);
  let cut = -1;
  const re = /[)）]/gu;
  for (let m = re.exec(piece); m; m = re.exec(piece)) if (m.index + 1 < piece.length) cut = m.index + 1;
  if (cut < 0) cut = piece.search(/[<>≤≥＜＞]|\d|每年/u);
  if (cut <= 0) return null;
  const name: Cell = { text: piece.slice(0, cut), start, end: start + cut };
  const value: Cell = { text: piece.slice(cut), start: start + cut, end };
  const values: (Cell | null)[] = [value];
  while (values.length < valueCount) values.push(null);
  return { name, values };
}

import type { Grid, GridCell } from '../../../read/types.ts';
import type { Rules } from '../../rules/types.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alt = (ws: readonly string[]) =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const cell = (text: string, start: number, end: number): GridCell => ({ text: text.slice(start, end), start, end });

/**
 * A table flattened into running text, as a .docx converted to one line gives it:
 * "指标类别指标名称2025年指标性质健康水平人均预期寿命(岁)76.8预期性婴儿死亡率…". Rows end at
 * their attribute word; a category word glued to the front of a row is split off (the rows
 * after it repeat it as merged); a repeated header is skipped; the table ends at the first
 * piece that reads as prose. Rows are category | name | value | attribute.
 */
export function readFlatGrids(text: string, limit: number, rules: Rules): Grid[] {
  const h = rules.tableHeaders;
  const header = new RegExp(
    `(${alt(h.category)})\\s*(${alt(h.name)})\\s*((?:\\d{4}年[^\\d\\s预约]{0,12}?\\s*){1,4}?)(${alt(h.attribute)})`,
    'dgu',
  );
  const attribute = /预期性|约束性/gu;
  const category = new RegExp(`^(?:${alt(rules.tableCategories)})`, 'u');
  const grids: Grid[] = [];
  for (let m = header.exec(text); m && m.index < limit; m = header.exec(text)) {
    const [c, n, y, a] = [1, 2, 3, 4].map((g) => m.indices![g]!);
    const rows: GridCell[][] = [[cell(text, ...c!), cell(text, ...n!), cell(text, ...y!), cell(text, ...a!)]];
    let at = m.index + m[0].length;
    let current: GridCell | null = null;
    attribute.lastIndex = at;
    for (let found = attribute.exec(text); found; found = attribute.exec(text)) {
      let s = at;
      header.lastIndex = s;
      const again = header.exec(text);
      if (again && again.index === s) s += again[0].length;
      const piece = text.slice(s, found.index);
      // a "。" inside a unit parenthetical is a damaged ‰, not the end of a sentence
      if (piece.replace(/[(（][^()（）]*[)）]/gu, '').includes('。') || piece.length > 80 || piece.length === 0) break;
      const cat = category.exec(piece);
      const own = cat !== null;
      if (cat) {
        current = cell(text, s, s + cat[0].length);
        s += cat[0].length;
      }
      const cut = nameEnd(text.slice(s, found.index));
      if (cut <= 0) break;
      const first: GridCell = current
        ? { ...current, ...(own ? {} : { merged: 'row' as const }) }
        : { text: '', start: s, end: s };
      rows.push([
        first,
        cell(text, s, s + cut),
        cell(text, s + cut, found.index),
        cell(text, found.index, found.index + found[0].length),
      ]);
      at = found.index + found[0].length;
    }
    if (rows.length > 1) grids.push({ start: m.index, end: at, rows, origin: 'flat' });
    header.lastIndex = at;
  }
  return grids;
}

/** Where a run-together "name(unit)value" piece's name ends: after its last parenthetical, else before the value. */
function nameEnd(piece: string): number {
  let cut = -1;
  const re = /[)）]/gu;
  for (let m = re.exec(piece); m; m = re.exec(piece)) if (m.index + 1 < piece.length) cut = m.index + 1;
  return cut < 0 ? piece.search(/[<>≤≥＜＞]|\d|每年/u) : cut;
}

import type { Rules } from '../../rules/types.ts';
import type { ColumnRole } from '../model.ts';

/** Text of a cell without white space and line-break markup ("2025年<br>目标值"). */
export const fold = (s: string): string => s.replace(/<br\s*\/?>|[\s\u00a0\u2002\u3000]/gu, '');

/** The year a header names ("2025年", "2026年目标值", "2025"), or null. */
export const headerYear = (header: string): number | null => {
  const m = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/u.exec(fold(header));
  return m ? Number(m[1]) : null;
};

/** A header cell "指标名称（单位）" names the unit inside the name cells. */
const withoutBracket = (t: string) => t.replace(/[(（][^()（）]*[)）]$/u, '');

/**
 * Role of a header cell by its words alone: exact words for the descriptive columns, a year or a
 * baseline/target word for the value columns. Null when the header names nothing known.
 */
export function headerRole(cell: string, rules: Rules): ColumnRole | null {
  const t = fold(cell);
  if (t === '') return null;
  const h = rules.tableHeaders;
  const is = (ws: readonly string[]) => ws.some((w) => t === fold(w) || withoutBracket(t) === fold(w));
  const has = (ws: readonly string[]) => ws.some((w) => t.includes(fold(w)));
  if (is(h.serial)) return 'serial';
  if (is(h.attribute)) return 'attribute';
  if (is(h.unit)) return 'unit';
  if (is(h.note)) return 'note';
  if (is(h.name)) return 'name';
  if (is(h.category)) return 'category';
  if (has(h.baseline)) return 'baseline';
  if (has(h.target) || headerYear(t) !== null) return 'target';
  return null;
}

import type { Rules } from '../rules/types.ts';
import type { ValueColumn } from './model.ts';

const fold = (s: string) => s.replace(/[\s\u00a0\u2002\u3000]/gu, '');

export type HeaderRole = 'category' | 'name' | 'attribute' | 'value';

/** Role of a header cell by its words. */
export function headerRole(cell: string, rules: Rules): HeaderRole | null {
  const t = fold(cell);
  if (/\d{4}年?/u.test(t)) return 'value';
  const h = rules.tableHeaders;
  if (h.attribute.some((w) => t === fold(w))) return 'attribute';
  if (h.name.some((w) => t === fold(w))) return 'name';
  if (h.category.some((w) => t === fold(w))) return 'category';
  if (h.baseline.some((w) => t.includes(w)) || h.target.some((w) => t.includes(w))) return 'value';
  return null;
}

/**
 * Roles of the value columns. A year at or before the plan's start, or a header saying 现状,
 * is a baseline; a second target column for the same year that names another place (the
 * city above a district) is that higher level's target.
 */
export function valueColumns(
  headers: readonly string[],
  region: string,
  periodStart: number,
  rules: Rules,
): ValueColumn[] {
  const seen = new Set<number>();
  return headers.map((header) => {
    const t = fold(header);
    const year = Number(/(\d{4})/u.exec(t)?.[1] ?? NaN);
    const y = Number.isFinite(year) ? year : null;
    const says = (ws: string[]) => ws.some((w) => t.includes(w));
    if (says(rules.tableHeaders.baseline) || (y !== null && y < periodStart && !says(rules.tableHeaders.target))) {
      return { role: 'baseline', year: y, header };
    }
    const foreign = says(rules.tableHeaders.target) && !t.includes(fold(region)) && y !== null && seen.has(y);
    if (y !== null) seen.add(y);
    return { role: foreign ? 'parent' : 'target', year: y, header };
  });
}

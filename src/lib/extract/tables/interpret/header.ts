import type { Grid, GridCell } from '../../../read/types.ts';
import type { Rules } from '../../rules/types.ts';
import type { Column, ColumnRole } from '../model.ts';
import { fold, headerRole, headerYear } from './roles.ts';

export interface PlanContext {
  rules: Rules;
  region: string;
  period: [number, number];
}

const VALUE: readonly (ColumnRole | null)[] = ['baseline', 'target'];

/** A row every filled cell of which is a header word, with a value column among them. */
const isSubHeader = (row: readonly GridCell[], rules: Rules) => {
  const roles = row.filter((c) => c.text.trim() !== '').map((c) => headerRole(c.text, rules));
  return roles.some((r) => VALUE.includes(r)) && roles.every((r) => r !== null);
};

/**
 * The header of an indicator table: the first of its first rows naming an indicator column and
 * a value column (directly, or in a second header row below it, as "目标值" over "2025年 | 2026年").
 * A header cell left empty over a sub-header continues the value header to its left.
 */
export function readColumns(grid: Grid, ctx: PlanContext): { columns: Column[]; body: number } | null {
  const { rules } = ctx;
  for (let h = 0; h < Math.min(3, grid.rows.length - 1); h++) {
    const top = grid.rows[h]!.map((c) => fold(c.text));
    const sub = isSubHeader(grid.rows[h + 1]!, rules) ? grid.rows[h + 1]!.map((c) => fold(c.text)) : null;
    const width = Math.max(top.length, sub?.length ?? 0);
    const texts: string[] = [];
    for (let k = 0; k < width; k++) {
      let t = top[k] ?? '';
      const below = sub?.[k] ?? '';
      if (t === '' && below !== '' && k > 0 && VALUE.includes(headerRole(top[k - 1] ?? '', rules))) t = top[k - 1]!;
      texts.push(below !== '' && below !== t ? t + below : t);
    }
    const roles = texts.map((t) => headerRole(t, rules));
    // labelled rows whose subject has no label (fields): the unlabelled first column is the name
    if (!roles.includes('name') && texts[0] === '' && grid.origin === 'fields') roles[0] = 'name';
    if (!roles.includes('name') || !roles.some((r) => VALUE.includes(r))) continue;
    return { columns: assign(texts, roles, ctx), body: h + (sub ? 2 : 1) };
  }
  return null;
}

/** Baseline or target by year and words; a second target column of the same year is the higher level's. */
function assign(texts: readonly string[], roles: readonly (ColumnRole | null)[], ctx: PlanContext): Column[] {
  const h = ctx.rules.tableHeaders;
  const says = (t: string, ws: readonly string[]) => ws.some((w) => t.includes(fold(w)));
  const columns: Column[] = texts.map((header, k) => ({
    role: roles[k] ?? 'unknown',
    header,
    year: headerYear(header),
  }));
  // "二级指标 | 三级指标": the last indicator column names the row, one before it groups rows
  const names = columns.filter((c) => c.role === 'name');
  for (const c of names.slice(0, -1)) c.role = columns.some((x) => x.role === 'category') ? 'unknown' : 'category';
  const values = columns.filter((c) => c.role === 'target' && !says(c.header, h.target));
  const latest = Math.max(...columns.filter((c) => c.role === 'target').map((c) => c.year ?? ctx.period[1]));
  for (const c of values) {
    // a bare year before the period, or at its start with a later target beside it, is the baseline
    if (c.year !== null && (c.year < ctx.period[0] || (c.year === ctx.period[0] && latest > c.year)))
      c.role = 'baseline';
  }
  // a target for a year before the period ("2020年目标" in a 2021—2025 plan) was the last plan's
  for (const c of columns) if (c.role === 'target' && c.year !== null && c.year < ctx.period[0]) c.role = 'unknown';
  const byYear = new Map<number, Column[]>();
  for (const c of columns.filter((x) => x.role === 'target')) {
    const y = c.year ?? ctx.period[1];
    byYear.set(y, [...(byYear.get(y) ?? []), c]);
  }
  const region = fold(ctx.region);
  for (const group of byYear.values()) {
    if (group.length < 2) continue;
    const own =
      group.find((c) => region !== '' && c.header.includes(region)) ??
      group.find((c) => !says(c.header, h.parent)) ??
      group[0]!;
    for (const c of group) if (c !== own) c.role = 'parent';
  }
  return columns;
}

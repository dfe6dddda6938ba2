import type { Grid } from '../../../read/types.ts';
import type { Column, Table } from '../model.ts';
import { readColumns, type PlanContext } from './header.ts';
import { readRows } from './rows.ts';

/** A grid read as an indicator table, or null when its header names no indicator and value columns. */
export function readTable(grid: Grid, ctx: PlanContext): Table | null {
  const header = readColumns(grid, ctx);
  if (!header) return null;
  const { rows, stray } = readRows(grid.rows.slice(header.body), header.columns, ctx.rules);
  if (rows.length === 0) return null;
  // a "higher level" column that never holds a value beside the plan's own is another label for it
  const { columns } = header;
  for (const p of columns.filter((c) => c.role === 'parent')) {
    const year = (c: Column) => c.year ?? ctx.period[1];
    const own = columns.findIndex((c) => c.role === 'target' && year(c) === year(p));
    const k = columns.indexOf(p);
    if (own >= 0 && !rows.some((r) => r.cells[own]?.text.trim() && r.cells[k]?.text.trim())) p.role = 'target';
  }
  return { start: grid.start, end: grid.end, origin: grid.origin, columns: header.columns, rows, stray };
}

/** "序号|领域|指标名称|单位|2020年(baseline)|2025年(target 2025)|指标属性": the columns as interpreted. */
export function describeColumns(columns: readonly Column[], periodEnd: number): string {
  return columns
    .map((c) => {
      const header = c.header === '' ? '(no header)' : c.header;
      if (c.role === 'target' || c.role === 'parent') return `${header}(${c.role} ${c.year ?? periodEnd})`;
      if (c.role === 'baseline') return `${header}(baseline${c.year ? ` ${c.year}` : ''})`;
      return `${header}(${c.role})`;
    })
    .join('|');
}

import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportView } from '../report.ts';
import { findGrids } from '../tables/grid/find.ts';
import type { PlanContext } from '../tables/interpret/header.ts';
import { describeColumns, readTable } from '../tables/interpret/read-table.ts';
import { tableTargets } from '../tables/interpret/to-targets.ts';

/**
 * Every grid of the plan (the file's own tables and the text's layouts) onto `data.grids`, and
 * those whose headers name indicator and value columns read into table targets.
 */
export function tablesStage() {
  return (tree: Root, file: VFile): void => {
    const data = file.data.planatlas!;
    const { view, rules, source } = data;
    const { region, period } = source.meta;
    const ctx: PlanContext = { rules, region, period: [period[0], period[1]] };
    data.grids = findGrids(
      { tree, view, source, limit: data.boilerplate.tail, rules },
      (g) => readTable(g, ctx) !== null,
    );
    data.tables = [];
    data.targets = [];
    for (const grid of data.grids) {
      const table = readTable(grid, ctx);
      const where = `${grid.origin} grid of ${grid.rows.length} rows`;
      if (!table) {
        reportView(file, view, 'table-other', `${where}: not an indicator table`, grid.start, grid.end, 'info');
        continue;
      }
      data.tables.push(table);
      const columns = describeColumns(table.columns, period[1]);
      reportView(
        file,
        view,
        'table-columns',
        `${where}, ${table.rows.length} indicator rows: columns ${columns}`,
        grid.start,
        grid.end,
        'info',
      );
      for (const cell of table.stray)
        reportView(file, view, 'unparsed-cell', `table cell "${cell.text}" fits no column`, cell.start, cell.end);
      for (const t of tableTargets(table, period[1], rules)) {
        for (const r of t.repairs) reportView(file, view, r.split(':')[0]!, r, t.start, t.end);
        for (const w of t.warnings) reportView(file, view, w.split(':')[0]!, w, t.start, t.end);
        data.targets.push(t);
      }
    }
    if (data.tables.length === 0)
      reportView(file, view, 'no-table', 'no indicator table found; targets come from sentences only', 0, 0, 'info');
  };
}

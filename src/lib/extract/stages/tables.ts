import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportView } from '../report.ts';
import { findCellLineTables } from '../tables/cell-lines.ts';
import { findFlatTables } from '../tables/flat.ts';
import { findPipeTables } from '../tables/pipe.ts';
import { tableTargets } from '../tables/to-targets.ts';

/** Indicator tables in any of the shapes conversion leaves them in, read into targets. */
export function tablesStage() {
  return (_tree: Root, file: VFile): void => {
    const data = file.data.planatlas!;
    const { view, rules } = data;
    const { region, period } = data.source.meta;
    const limit = data.boilerplate.tail;
    const found = [
      ...findPipeTables(view.text, limit, region, period[0], rules),
      ...findCellLineTables(view.text, limit, region, period[0], rules),
      ...findFlatTables(view.text, limit, region, period[0], rules),
    ].sort((a, b) => a.start - b.start);
    // one table may match two readers; the first found at a place wins
    data.tables = found.filter((t, i) => !found.slice(0, i).some((o) => t.start < o.end && o.start < t.end));
    data.targets = [];
    data.grids = [];
    for (const table of data.tables) {
      for (const cell of table.stray)
        reportView(file, view, 'unparsed-cell', `table cell "${cell.text}" fits no column`, cell.start, cell.end);
      for (const t of tableTargets(table, period[1])) {
        for (const r of t.repairs) reportView(file, view, r.split(':')[0]!, r, t.start, t.end);
        for (const w of t.warnings) reportView(file, view, w.split(':')[0]!, w, t.start, t.end);
        data.targets.push(t);
      }
    }
    if (data.tables.length === 0)
      reportView(file, view, 'no-table', 'no indicator table found; targets come from sentences only', 0, 0, 'info');
  };
}

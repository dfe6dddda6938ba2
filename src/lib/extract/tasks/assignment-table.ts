import type { Grid, GridCell } from '../../read/types.ts';
import type { Rules } from '../rules/types.ts';
import type { Span } from '../../types.ts';
import { findAssignmentHeader, type AssignmentColumn } from './assignment-header.ts';
import { assignRoles } from './build-tasks.ts';
import { columnUnits } from './cell-units.ts';
import type { UnitMention } from './unit.ts';

/** One row of a task-assignment table (重点任务分工表), in view offsets. */
export interface AssignmentRow {
  /** The task's title as the table words it (up to its first full stop), numbering dropped. */
  title: string;
  titleSpan: Span;
  lead: UnitMention[];
  partners: UnitMention[];
  /** The row, and any row continuing it. */
  span: Span;
}

/** A task-assignment table: where it stands, the columns its header names, its rows. */
export interface AssignmentTable extends Span {
  columns: Partial<Record<AssignmentColumn, number>>;
  rows: AssignmentRow[];
}

type Draft = { span: Span; cells: Record<'task' | 'lead' | 'partner', GridCell[]> };

const filled = (c: GridCell | undefined): c is GridCell => c !== undefined && c.text.trim() !== '';
const own = (c: GridCell | undefined): c is GridCell => filled(c) && !c.merged;
/** A row holding only a part heading ("一、强化基层") groups the rows below it. */
const PART =
  /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+[章节部分])/u;

/**
 * Rows of the grids whose header names a task column and a lead column. A row with no number and
 * no lead of its own continues the row above (a title or a list wrapped onto a second line);
 * merged unit cells are carried down; a part-heading row is skipped.
 */
export function readAssignmentTables(grids: readonly Grid[], rules: Rules, firstLeads = false): AssignmentTable[] {
  const out: AssignmentTable[] = [];
  for (const grid of grids) {
    const header = findAssignmentHeader(grid.rows, rules);
    if (!header) continue;
    const drafts: Draft[] = [];
    const at = (row: GridCell[], c: AssignmentColumn) => {
      const i = header.columns[c];
      return i === undefined ? undefined : row[i];
    };
    let last: Draft | null = null;
    for (const row of grid.rows.slice(header.rows)) {
      const [task, lead, partner, number] = (['task', 'lead', 'partner', 'number'] as const).map((c) => at(row, c));
      const span = { start: Math.min(...row.map((c) => c.start)), end: Math.max(...row.map((c) => c.end)) };
      if (own(task) && PART.test(task.text) && !filled(lead) && !filled(partner)) continue;
      const numbered = header.columns.number !== undefined;
      const continues = !own(number) && !own(lead) && (numbered || !filled(lead)) && (own(task) || own(partner));
      if (last && (continues || task?.merged === 'row')) {
        if (own(task)) last.cells.task.push(task);
        if (own(lead)) last.cells.lead.push(lead);
        if (own(partner)) last.cells.partner.push(partner);
        last.span.end = Math.max(last.span.end, span.end);
        continue;
      }
      if (!own(task)) continue;
      last = {
        span,
        cells: { task: [task], lead: filled(lead) ? [lead] : [], partner: filled(partner) ? [partner] : [] },
      };
      drafts.push(last);
    }
    out.push({
      start: grid.start,
      end: grid.end,
      columns: header.columns,
      rows: drafts.map((d) => rowOf(d, rules, firstLeads)),
    });
  }
  return out;
}

function rowOf({ span, cells }: Draft, rules: Rules, firstLeads: boolean): AssignmentRow {
  const lead = columnUnits(cells.lead, rules, true);
  const units = [...lead, ...columnUnits(cells.partner, rules, false)];
  const roles = assignRoles(
    units,
    units.some((u) => u.lead),
    firstLeads,
  );
  return { ...titleOf(cells.task), lead: roles.lead, partners: roles.partners, span };
}

/** The title of a task cell (joined over wrapped rows): up to its first 。 or ；, without numbering. */
function titleOf(cells: readonly GridCell[]): { title: string; titleSpan: Span } {
  const joined = cells.map((c) => c.text.replace(/\s+/gu, '')).join('');
  const stop = joined.search(/[。；;]/u);
  const title = (stop >= 0 ? joined.slice(0, stop) : joined).replace(
    /^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）]|[(（]?[一二三四五六七八九十]+[、)）])/u,
    '',
  );
  return { title, titleSpan: { start: cells[0]!.start, end: cells[cells.length - 1]!.end } };
}

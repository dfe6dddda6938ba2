import type { GridCell } from '../../read/types.ts';
import type { Rules } from '../rules/types.ts';

export type AssignmentColumn = 'number' | 'task' | 'lead' | 'partner' | 'deadline';

/** Column index of each role the header names; `rows` is how many header rows there are. */
export interface AssignmentHeader {
  columns: Partial<Record<AssignmentColumn, number>>;
  rows: number;
}

const fold = (s: string) => s.replace(/[\s*_]/gu, '');

/** The role a header cell names, by the words of rules.yaml (assignmentTable). */
function roleOf(cell: string, rules: Rules): AssignmentColumn | null {
  const words = rules.assignmentTable;
  const text = fold(cell);
  if (text === '') return null;
  if (words.number.includes(text)) return 'number';
  // a unit column before the task column: "牵头单位" and "重点任务牵头部门" name the lead
  if (words.lead.some((w) => text.includes(w))) return 'lead';
  if (words.partner.some((w) => text.includes(w))) return 'partner';
  if (words.deadline.some((w) => text.includes(w))) return 'deadline';
  if (words.task.some((w) => text.includes(w))) return 'task';
  return null;
}

function classify(row: readonly GridCell[], rules: Rules): Partial<Record<AssignmentColumn, number>> {
  const columns: Partial<Record<AssignmentColumn, number>> = {};
  row.forEach((cell, i) => {
    const role = roleOf(cell.text, rules);
    // a header cell merged across two columns names the first; the second gets its own word below
    if (role && columns[role] === undefined && cell.merged !== 'col') columns[role] = i;
  });
  return columns;
}

/**
 * The header of a task-assignment table: a row (among the first three) naming a task column and
 * a lead column, or a single 责任单位 column. A two-row header ("责任单位" over "牵头单位 | 配合单位")
 * is read as one.
 */
export function findAssignmentHeader(rows: readonly GridCell[][], rules: Rules): AssignmentHeader | null {
  for (let r = 0; r < Math.min(3, rows.length); r++) {
    const columns = classify(rows[r]!, rules);
    if (columns.task === undefined) continue;
    if (columns.lead !== undefined) return { columns, rows: r + 1 };
    // the row below is a second header row only when each of its cells is a header word
    const next = rows[r + 1] ?? [];
    const isHeader = next.every((c) => c.merged || fold(c.text) === '' || roleOf(c.text, rules) !== null);
    const below = isHeader ? classify(next, rules) : {};
    if (below.lead === undefined) {
      // one "责任单位" column: its "(牵头)" marks or the plan's first-leads rule say who leads
      const unitsCell = columns.partner === undefined ? '' : fold(rows[r]![columns.partner]!.text);
      if (rules.responsibility.responsible.some((w) => unitsCell.includes(w))) return { columns, rows: r + 1 };
      continue;
    }
    const merged = { ...columns, lead: below.lead };
    if (below.partner !== undefined) merged.partner = below.partner;
    else if (merged.partner === below.lead) delete merged.partner;
    return { columns: merged, rows: r + 2 };
  }
  return null;
}

import { pairDice } from '../util/pair-dice.ts';
import type { AssignmentRow } from './assignment-table.ts';
import type { TaskDraft } from './build-tasks.ts';

/** What attaching a table's rows found that a reader should know. */
export interface AttachNote {
  code: 'assignment-unmatched' | 'assignment-conflict';
  message: string;
  start: number;
  end: number;
}

const fold = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

/** Likeness of two task titles, 0 to 1: equal, one starting or containing the other, else shared pairs. */
export function titleLikeness(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.includes(short)) return 0.9;
  return pairDice(x, y);
}

const SAME = 0.6;
const unnumbered = (label: string) =>
  label.replace(/^[\s#*]*(?:第[^章节部]{1,3}[章节部分]|[(（]?[一二三四五六七八九十\d０-９]{1,3}[、.．)）])?/u, '');

function give(task: TaskDraft, row: AssignmentRow): void {
  task.lead = row.lead;
  task.partners = row.partners;
  task.clause = { ...row.span };
}
const names = (t: { lead: { name: string }[]; partners: { name: string }[] }) =>
  JSON.stringify([t.lead.map((u) => u.name), t.partners.map((u) => u.name)]);

/**
 * Gives each table row's units to the body task of the same (or clearly similar) title: the
 * row's best task must have the row as its own best. A task whose body names its units keeps
 * them; a table that says otherwise is noted, as is a row that fits no task.
 */
export function attachAssignments(tasks: TaskDraft[], rows: readonly AssignmentRow[]): AttachNote[] {
  const notes: AttachNote[] = [];
  const score = rows.map((r) => tasks.map((t) => titleLikeness(r.title, t.title)));
  const best = (list: number[]) => list.reduce((b, v, i) => (v > (list[b] ?? -1) ? i : b), 0);
  rows.forEach((row, r) => {
    const k = best(score[r]!);
    const column = score.map((s) => s[k] ?? 0);
    const task = tasks[k];
    if (!task || score[r]![k]! < SAME || best(column) !== r) {
      // a row may name a group of tasks ("（一）强化基层"): its units go to each task in it
      const group = tasks.filter(
        (t) => t.path.length > 0 && titleLikeness(row.title, unnumbered(t.path.at(-1)!)) >= 0.9,
      );
      for (const t of group) if (t.lead.length + t.partners.length === 0) give(t, row);
      if (group.length > 0) return;
      notes.push({
        code: 'assignment-unmatched',
        message: `task-assignment row "${row.title}" matches no task of the text`,
        ...row.titleSpan,
      });
      return;
    }
    if (task.lead.length + task.partners.length === 0) give(task, row);
    else if (names(task) !== names(row)) {
      notes.push({
        code: 'assignment-conflict',
        message: `task-assignment table names other units for "${task.title}" than the text; the text's are kept`,
        ...row.span,
      });
    }
  });
  return notes;
}

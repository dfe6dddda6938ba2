import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportView } from '../report.ts';
import { readAssignmentTables } from '../tasks/assignment-table.ts';
import { attachAssignments } from '../tasks/attach-assignments.ts';
import { buildTasks } from '../tasks/build-tasks.ts';
import { planDeclaresFirstLeads } from '../tasks/first-leads.ts';
import { firstLabel } from '../tasks/labels.ts';

/** Tasks of the task chapters, with the units that lead and join them. */
export function tasksStage() {
  return (_tree: Root, file: VFile): void => {
    const data = file.data.planatlas!;
    const { view, rules } = data;
    const firstLeads = planDeclaresFirstLeads(view.text, rules);
    data.tasks = buildTasks(view.text, data.outline.headings, rules, firstLeads);
    // a 重点任务分工表 names the units of tasks the text describes
    const tables = readAssignmentTables(data.grids ?? [], rules, firstLeads);
    for (const t of tables) {
      const columns = Object.entries(t.columns).map(([role, i]) => `${role}=${i + 1}`);
      const message = `task-assignment table, columns ${columns.join(', ')}; ${t.rows.length} rows`;
      reportView(file, view, 'assignment-table', message, t.start, t.end, 'info');
    }
    for (const note of attachAssignments(
      data.tasks,
      tables.flatMap((t) => t.rows),
    ))
      reportView(file, view, note.code, note.message, note.start, note.end);
    for (const t of data.tasks) {
      const label = t.clause ? null : firstLabel(view.text, t.quote.end, t.text.end, rules.responsibility);
      if (label)
        reportView(file, view, 'responsibility-unread', 'responsibility label names no unit', label.start, label.end);
      for (const u of [...t.lead, ...t.partners]) {
        if (u.name.includes('略'))
          reportView(
            file,
            view,
            'redacted-unit',
            `responsible unit "${u.name}" is redacted in the source`,
            u.start,
            u.end,
            'info',
          );
      }
      if (t.title.includes('略'))
        reportView(
          file,
          view,
          'redacted-title',
          `task title "${t.title}" is redacted in the source`,
          t.quote.start,
          t.quote.end,
          'info',
        );
    }
  };
}

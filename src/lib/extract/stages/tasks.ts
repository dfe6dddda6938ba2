import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportView } from '../report.ts';
import { readAssignmentTables } from '../tasks/assignment-table.ts';
import { attachAssignments } from '../tasks/attach-assignments.ts';
import { buildTasks } from '../tasks/build-tasks.ts';
import { planDeclaresFirstLeads } from '../tasks/first-leads.ts';

/** Tasks of the task chapters, with the units that lead and join them. */
export function tasksStage() {
  return (_tree: Root, file: VFile): void => {
    const data = file.data.planatlas!;
    const { view, rules } = data;
    const firstLeads = planDeclaresFirstLeads(view.text, rules);
    data.tasks = buildTasks(view.text, data.outline.headings, rules, firstLeads);
    // a 重点任务分工表 names the units of tasks the text describes
    for (const note of attachAssignments(data.tasks, readAssignmentTables(data.grids ?? [], rules)))
      reportView(file, view, note.code, note.message, note.start, note.end);
    for (const t of data.tasks) {
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

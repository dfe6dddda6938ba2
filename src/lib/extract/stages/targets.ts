import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportView } from '../report.ts';
import { dedupe, markConflicts } from '../targets/dedupe.ts';
import type { TargetDraft } from '../targets/draft.ts';
import { readSentences } from '../targets/read-sentences.ts';

/**
 * Targets stated in sentences, after the table targets, without restatements (the table row
 * wins); the plan's targets that state different values for one indicator and year are marked.
 */
export function targetsStage() {
  return (_tree: Root, file: VFile): void => {
    const data = file.data.planatlas!;
    const { view } = data;
    const restated = (t: TargetDraft) =>
      reportView(
        file,
        view,
        'restated-target',
        `"${t.name} ${t.valueText}" restates an earlier target`,
        t.start,
        t.end,
        'info',
      );
    const found = readSentences(
      data,
      (q, why) =>
        reportView(
          file,
          view,
          'not-a-target',
          `"${view.text.slice(q.start, q.end)}" skipped: ${why}`,
          q.start,
          q.end,
          'info',
        ),
      restated,
    );
    const { kept, dropped } = dedupe(data.targets, found, data.lexicon);
    for (const [t] of dropped) restated(t);
    for (const t of kept)
      for (const r of [...t.repairs, ...t.warnings]) reportView(file, view, r.split(':')[0]!, r, t.start, t.end);
    data.targets = [...data.targets, ...kept].sort((a, b) => a.start - b.start);
    markConflicts(data.targets, data.lexicon, data.rules.scopeWords);
  };
}

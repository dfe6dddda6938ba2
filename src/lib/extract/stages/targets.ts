import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportView } from '../report.ts';
import { dedupe } from '../targets/dedupe.ts';
import { readSentences } from '../targets/read-sentences.ts';

/** Targets stated in sentences, after the table targets, without restatements. */
export function targetsStage() {
  return (_tree: Root, file: VFile): void => {
    const data = file.data.planatlas!;
    const { view } = data;
    const found = readSentences(data, (q, why) =>
      reportView(
        file,
        view,
        'not-a-target',
        `"${view.text.slice(q.start, q.end)}" skipped: ${why}`,
        q.start,
        q.end,
        'info',
      ),
    );
    const { kept, dropped } = dedupe(data.targets, found);
    for (const [t] of dropped)
      reportView(
        file,
        view,
        'restated-target',
        `"${t.name} ${t.valueText}" restates an earlier target`,
        t.start,
        t.end,
        'info',
      );
    for (const t of kept) for (const r of t.repairs) reportView(file, view, r.split(':')[0]!, r, t.start, t.end);
    data.targets = [...data.targets, ...kept].sort((a, b) => a.start - b.start);
  };
}

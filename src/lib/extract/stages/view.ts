import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../report.ts';
import { findBoilerplate } from '../view/boilerplate.ts';
import { findPageMarkers } from '../view/page-markers.ts';
import { cutView } from '../view/text-view.ts';

/** Cuts page markers out of a reading view and marks site chrome. */
export function viewStage() {
  return (_tree: Root, file: VFile): void => {
    const data = file.data.planatlas!;
    const text = data.source.text;
    data.cuts = findPageMarkers(text);
    data.view = cutView(text, data.cuts);
    for (const c of data.cuts)
      report(
        file,
        'page-marker',
        `page marker "${text.slice(c.start, c.end).trim()}" cut out of the reading text`,
        c,
        'info',
      );
    data.boilerplate = findBoilerplate(data.view.text, data.rules);
    const body = data.view.text.slice(0, data.boilerplate.tail).trimEnd();
    if (body !== '' && !/[。！？!?;；:：”）)\]】〕」』>|]$/u.test(body)) {
      // a plan ends with a full sentence; text that stops mid-sentence was cut off
      const end = data.view.map[body.length]!;
      report(file, 'truncated', `the text ends mid-sentence ("…${body.slice(-12)}"): the source looks truncated`, {
        start: Math.max(0, end - 12),
        end,
      });
    }
    for (const l of data.boilerplate.lines) {
      const src = { start: data.view.map[l.start]!, end: data.view.map[l.end]! };
      report(file, 'boilerplate', 'site boilerplate, not plan text', src, 'info');
    }
  };
}

import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../report.ts';
import { findBoilerplate } from '../view/boilerplate.ts';
import { buildView, type SetApart } from '../view/build-view.ts';
import { checkTruncated } from '../view/truncated.ts';

const WHAT: Record<SetApart['kind'], string> = {
  'page-marker': 'page marker',
  'page-number': 'page number',
  'page-header': 'running page header',
  chrome: 'account chrome',
  bullet: 'bullet symbol',
  decoration: 'decorative line',
  'letter-spacing': 'letter spacing',
  'line-wrap': 'printed line break',
};

/** Builds the reading view (line breaks, page furniture, chrome, OCR spacing cut) and marks site chrome. */
export function viewStage() {
  return (_tree: Root, file: VFile): void => {
    const data = file.data.planatlas!;
    const text = data.source.text;
    const built = buildView(text, data.rules, data.source.format === 'md');
    data.view = built.view;
    data.cuts = built.setApart.map(({ start, end }) => ({ start, end }));
    data.setApart = {};
    for (const c of built.setApart) {
      data.setApart[c.kind] = (data.setApart[c.kind] ?? 0) + c.count;
      const shown = text.slice(c.start, c.end).trim().replace(/\s+/gu, ' ');
      const joined = c.joined ? '; the sentence it split reads joined again' : '';
      const quote = [...shown].length > 40 ? `${[...shown].slice(0, 40).join('')}…` : shown;
      report(file, c.kind, `${WHAT[c.kind]} "${quote}" cut out of the reading text${joined}`, c, 'info');
    }
    const counts = Object.entries(data.setApart).map(([k, n]) => `${n} ${WHAT[k as SetApart['kind']]}`);
    if (built.lineEndings > 0) counts.push(`${built.lineEndings} line breaks other than LF read as LF`);
    if (counts.length > 0)
      report(file, 'set-apart', `set apart from the reading text: ${counts.join(', ')}`, null, 'info');
    data.boilerplate = findBoilerplate(data.view.text, data.rules);
    const truncated = checkTruncated(data.view, data.boilerplate.tail);
    if (truncated)
      report(
        file,
        'truncated',
        `the text ends mid-sentence ("…${truncated.tail}"): the source looks truncated`,
        truncated.span,
      );
    for (const l of data.boilerplate.lines) {
      const src = { start: data.view.map[l.start]!, end: data.view.map[l.end]! };
      report(file, 'boilerplate', 'site boilerplate, not plan text', src, 'info');
    }
  };
}

import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { IN_LINE_SOURCE, LINE_BREAK_SOURCE } from '../util/line-break.ts';
import { pointLocator } from '../util/position.ts';

/** A run of non-blank lines, whichever line breaks the file was saved with. */
const LINE = `${IN_LINE_SOURCE}*\\S${IN_LINE_SOURCE}*`;
const BLOCK = () => new RegExp(`${LINE}(?:(?:${LINE_BREAK_SOURCE})${LINE})*`, 'gu');

/**
 * Parser for plain-text plans: one mdast paragraph per block of non-blank lines, positioned in
 * the source. Markdown syntax is not interpreted: in a plain-text plan "1." or "#" is text.
 */
export const plainTextParse: Plugin<[], string, Root> = function () {
  this.parser = (doc: string): Root => {
    const locate = pointLocator(doc);
    const children: Paragraph[] = [];
    const re = BLOCK();
    for (let m = re.exec(doc); m; m = re.exec(doc)) {
      const start = locate(m.index);
      const end = locate(m.index + m[0].length);
      children.push({
        type: 'paragraph',
        children: [{ type: 'text', value: m[0], position: { start, end } }],
        position: { start, end },
      });
    }
    return { type: 'root', children, position: { start: locate(0), end: locate(doc.length) } };
  };
};

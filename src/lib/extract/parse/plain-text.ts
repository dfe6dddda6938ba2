import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { pointLocator } from '../util/position.ts';

/**
 * Parser for plain-text plans: one mdast paragraph per block of non-blank lines, positioned in
 * the source. Markdown syntax is not interpreted: in a plain-text plan "1." or "#" is text.
 */
export const plainTextParse: Plugin<[], string, Root> = function () {
  this.parser = (doc: string): Root => {
    const locate = pointLocator(doc);
    const children: Paragraph[] = [];
    // a line ends at \n, \r\n, a lone \r, U+2028/U+2029 or NEL alike (files from any system)
    const re =
      /[^\n\r\u2028\u2029\u0085]*\S[^\n\r\u2028\u2029\u0085]*(?:(?:\r\n?|[\n\u2028\u2029\u0085])[^\n\r\u2028\u2029\u0085]*\S[^\n\r\u2028\u2029\u0085]*)*/gu;
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

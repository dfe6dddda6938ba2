import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Reader } from '../readers.ts';
import { decodeHtml } from './encoding.ts';
import { portalWords } from './portal-words.ts';
import { createState, flush } from './state.ts';
import { one } from './walk.ts';

/**
 * Reads a web page (.html/.htm): the plan's text with its headings, paragraphs, line breaks and
 * tables, and the page's furniture (menus, breadcrumbs, toolbars, footers, scripts, the
 * metadata box) set apart and counted; the metadata box and page title go to `metaText`.
 */
export const readHtml: Reader = (bytes, file) => {
  const { text: html, encoding } = decodeHtml(bytes, file);
  const tree = unified().use(rehypeParse).parse(html);
  const state = createState(portalWords());
  one(state, tree);
  flush(state);
  return {
    text: state.out.toString(),
    encoding,
    format: 'html',
    grids: state.out.grids,
    blocks: state.out.blocks,
    setApart: state.setApart,
    metaText: state.metaLines.join('\n'),
  };
};

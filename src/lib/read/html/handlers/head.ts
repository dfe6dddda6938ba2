import type { Element } from 'hast';
import { count, type State } from '../state.ts';
import { collapse } from '../whitespace.ts';

/** `<meta name>` values portals fill with the article's own metadata. */
const META_NAMES = new Set(['articletitle', 'pubdate', 'contentsource', 'keywords', 'description']);

/** The page head is not text, but its title and article metadata go to metadata detection. */
export function head(state: State, node: Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'script' || child.tagName === 'noscript') count(state, 'script');
    if (child.tagName === 'style') count(state, 'style');
    if (child.tagName === 'title') {
      const title = collapse(child.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
      if (title) state.metaLines.push(title);
    }
    const name = child.properties['name'];
    const content = child.properties['content'];
    if (child.tagName === 'meta' && typeof name === 'string' && typeof content === 'string') {
      if (META_NAMES.has(name.toLowerCase()) && content.trim()) state.metaLines.push(`${name}：${content.trim()}`);
    }
  }
}

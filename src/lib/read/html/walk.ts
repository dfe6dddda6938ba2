import type { Element, Nodes } from 'hast';
import { handlers } from './handlers/index.ts';
import { flush, type State } from './state.ts';

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
]);

/** Reads one node into the state: its handler if it has one, else its children. */
export function one(state: State, node: Nodes): void {
  if (node.type === 'text') {
    state.pieces.push({ text: node.value, link: state.links > 0 });
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'root') all(state, node);
  else (handlers[node.tagName] ?? readThrough)(state, node);
}

/** An element without a handler of its own: a block ends the line around it, inline runs on. */
export function readThrough(state: State, node: Element): void {
  if (BLOCKS.has(node.tagName)) block(state, node);
  else all(state, node);
}

export function all(state: State, parent: { children: Nodes[] }): void {
  for (const child of parent.children) one(state, child);
}

/** A block element: whatever was open before it ends, its own content ends with it. */
export function block(state: State, node: Element): void {
  flush(state);
  all(state, node);
  flush(state);
}

import type { Element } from 'hast';
import { flush, type State } from '../state.ts';
import { all } from '../walk.ts';

/** `<h1>`…`<h6>`: a heading block with the markup's level. */
export function heading(state: State, node: Element): void {
  flush(state);
  const outer = state.heading;
  state.heading = Number(node.tagName.slice(1));
  all(state, node);
  flush(state);
  state.heading = outer;
}

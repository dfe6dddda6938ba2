import type { Element } from 'hast';
import type { State } from '../state.ts';
import { all } from '../walk.ts';

/** Link text is text, but counted, so a line that is mostly links can be told from prose. */
export function anchor(state: State, node: Element): void {
  state.links++;
  all(state, node);
  state.links--;
}

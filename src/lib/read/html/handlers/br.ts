import { flush, type State } from '../state.ts';

/** A line break ends the line: each line of the page is a block of the text. */
export function br(state: State): void {
  flush(state);
}

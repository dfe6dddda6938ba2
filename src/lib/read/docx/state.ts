import type { DerivedText } from '../derived/builder.ts';
import type { Numbering } from './numbering.ts';
import type { Styles } from './styles.ts';
import type { Element } from './xml.ts';

/** What the walk over a Word document carries: the derived text and the package's definitions. */
export interface State {
  out: DerivedText;
  styles: Styles;
  numbering: Numbering;
  setApart: Record<string, number>;
}

export function count(state: State, what: string, n = 1): void {
  if (n > 0) state.setApart[what] = (state.setApart[what] ?? 0) + n;
}

/** A paragraph as read: its lines (a manual line break starts a new one) and its text boxes. */
export interface ReadParagraph {
  lines: string[];
  heading: number;
  boxes: Element[];
}

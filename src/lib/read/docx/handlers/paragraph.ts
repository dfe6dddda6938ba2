import { outlineToHeading } from '../styles.ts';
import type { ReadParagraph, State } from '../state.ts';
import { attr, kid, type Element } from '../xml.ts';
import { inline } from './run.ts';

/**
 * Reads a w:p: its heading level (style name, basedOn chain, outline level), the label Word's
 * automatic numbering prints before it, and its text by lines.
 */
export function readParagraph(state: State, p: Element): ReadParagraph {
  const props = kid(p, 'w:pPr');
  const styleId = attr(kid(props, 'w:pStyle'));
  const outline = attr(kid(props, 'w:outlineLvl'));
  const heading = outline !== undefined ? outlineToHeading(Number(outline)) : state.styles.headingLevel(styleId);
  const lines = [label(state, props, styleId)];
  const boxes: Element[] = [];
  inline(p, lines, boxes);
  return { lines, heading, boxes };
}

function label(state: State, props: Element | undefined, styleId: string | undefined): string {
  const direct = kid(props, 'w:numPr');
  const fromStyle = state.styles.numbering(styleId);
  const numId = attr(kid(direct, 'w:numId')) ?? fromStyle?.numId;
  if (numId === undefined || numId === '0') return '';
  const directLevel = attr(kid(direct, 'w:ilvl'));
  const ilvl =
    directLevel !== undefined
      ? Number(directLevel)
      : (state.numbering.levelOfStyle(numId, styleId) ?? fromStyle?.ilvl ?? 0);
  return state.numbering.next(numId, ilvl);
}

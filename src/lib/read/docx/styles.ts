import type { Root } from 'xast';
import { attr, descendants, kid } from './xml.ts';

interface StyleDef {
  name: string;
  basedOn: string | undefined;
  outlineLevel: number | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

/** A heading style's name in Word's English and Chinese UIs ("heading 2", "标题 2"). */
const HEADING_NAME = /^(?:heading|标题)\s*(\d)$/i;
/** Word's outline level 9 (w:outlineLvl 9) means body text. */
const BODY_LEVEL = 9;

/** Paragraph styles of styles.xml: heading levels and numbering through the basedOn chain. */
export class Styles {
  private readonly defs = new Map<string, StyleDef>();

  constructor(root: Root | null) {
    for (const style of root ? descendants(root, 'w:style') : []) {
      const id = attr(style, 'w:styleId');
      if (id === undefined || attr(style, 'w:type') === 'character') continue;
      const outline = attr(kid(style, 'w:pPr', 'w:outlineLvl'));
      const ilvl = attr(kid(style, 'w:pPr', 'w:numPr', 'w:ilvl'));
      this.defs.set(id, {
        name: attr(kid(style, 'w:name')) ?? id,
        basedOn: attr(kid(style, 'w:basedOn')),
        outlineLevel: outline === undefined ? undefined : Number(outline),
        numId: attr(kid(style, 'w:pPr', 'w:numPr', 'w:numId')),
        ilvl: ilvl === undefined ? undefined : Number(ilvl),
      });
    }
  }

  /** Heading level 1…6 of a paragraph style, or 0 for body text. */
  headingLevel(styleId: string | undefined): number {
    for (const def of this.chain(styleId)) {
      const named = HEADING_NAME.exec(def.name.trim());
      if (named) return Math.min(Number(named[1]), 6);
      if (def.outlineLevel !== undefined) return outlineToHeading(def.outlineLevel);
    }
    return 0;
  }

  /** The numbering a style gives its paragraphs, if any. */
  numbering(styleId: string | undefined): { numId: string; ilvl: number | undefined } | null {
    for (const def of this.chain(styleId)) {
      if (def.numId !== undefined) return { numId: def.numId, ilvl: def.ilvl };
    }
    return null;
  }

  /** The style and the styles it is based on, nearest first (a cycle ends the chain). */
  private *chain(styleId: string | undefined): Generator<StyleDef> {
    const seen = new Set<string>();
    for (let id = styleId; id !== undefined && !seen.has(id);) {
      seen.add(id);
      const def = this.defs.get(id);
      if (!def) return;
      yield def;
      id = def.basedOn;
    }
  }
}

/** Outline level 0…8 is heading 1…9 (kept within 1…6); 9 is body text. */
export function outlineToHeading(level: number): number {
  return Number.isInteger(level) && level >= 0 && level < BODY_LEVEL ? Math.min(level + 1, 6) : 0;
}

import type { WordPackage } from './package.ts';
import { descendants, plainText } from './xml.ts';

/** Kinds of set-apart parts as the report names them. */
const NAMES: Record<string, string> = {
  header: 'header',
  footer: 'footer',
  footnotes: 'footnote',
  endnotes: 'endnote',
  comments: 'comment',
};

/**
 * Counts what the document holds outside its body text: headers and footers with text (a
 * running title, page numbers), footnotes, endnotes and comments. None of it is in the text.
 */
export function countApart(pkg: WordPackage): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (kind: string, n: number): void => {
    if (n > 0) counts[kind] = (counts[kind] ?? 0) + n;
  };
  for (const { kind, root } of pkg.apart) {
    const name = NAMES[kind] ?? kind;
    if (kind === 'header' || kind === 'footer') add(name, plainText(root).trim() !== '' || hasField(root) ? 1 : 0);
    else if (kind === 'comments') add(name, descendants(root, 'w:comment').length);
    else {
      // separator notes (w:type="separator" …) are Word's own, not the author's
      const tag = kind === 'footnotes' ? 'w:footnote' : 'w:endnote';
      add(name, descendants(root, tag).filter((n) => n.attributes['w:type'] === undefined).length);
    }
  }
  return counts;
}

/** A footer holding only a PAGE field still prints a page number. */
function hasField(root: Parameters<typeof plainText>[0]): boolean {
  return descendants(root, 'w:fldSimple').length > 0 || descendants(root, 'w:instrText').length > 0;
}

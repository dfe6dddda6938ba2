import type { Segment } from './types.ts';

type Part = Segment['parts'][number];

/**
 * pdfjs joins adjacent runs of one font into one item and writes the gap between them as a
 * space ("…床位数 张" is a name cell and a unit cell of a tight table). Such an item is cut at
 * its spaces, each piece placed by an estimate of its glyphs' widths (wide characters 1 em,
 * others ½ em) scaled to the item's real width: close enough to match a column start.
 */
export function expandParts(parts: readonly Part[], size: number): Part[] {
  return parts.flatMap((part) => (/\S\s+\S/u.test(part.text) ? cutAtSpaces(part, size) : [part]));
}

function cutAtSpaces(item: Part, size: number): Part[] {
  const width = item.x1 - item.x0;
  const pieces = item.text.split(/(\s+)/u).filter((p) => p !== '');
  const inked = pieces.filter((p) => p.trim() !== '').reduce((sum, p) => sum + estimate(p), 0) * size;
  const spaces = pieces.filter((p) => p.trim() === '').length;
  const spare = width - inked;
  const scale = spare < 0 ? width / inked : 1;
  const spaceWidth = spare > 0 && spaces > 0 ? spare / spaces : 0;
  let x = item.x0;
  return pieces.map((text) => {
    const w = text.trim() === '' ? spaceWidth : estimate(text) * size * scale;
    const piece = { text, x0: x, x1: x + w };
    x += w;
    return piece;
  });
}

function estimate(text: string): number {
  let em = 0;
  for (const char of text) em += (char.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.5;
  return em;
}

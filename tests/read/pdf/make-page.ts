import type { PdfItem, PdfPage } from '../../../src/lib/read/pdf/types.ts';

/** An item as a word processor places it: width from its characters (wide 1 em, others ½ em). */
export function item(str: string, x: number, y: number, size = 12): PdfItem {
  let em = 0;
  for (const char of str) em += (char.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.5;
  return { str, x, y, width: em * size, size };
}

/** A run of body lines from the top, `pitch` apart, each starting at x = 60. */
export function bodyLines(texts: readonly string[], top = 780, pitch = 18, x = 60): PdfItem[] {
  return texts.map((t, i) => item(t, x, top - i * pitch));
}

export function page(n: number, items: PdfItem[]): PdfPage {
  return { page: n, width: 595, height: 842, items, imageOnly: false };
}

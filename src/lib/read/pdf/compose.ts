import type { Block, Grid, PageSpan } from '../types.ts';
import type { Paragraph } from './paragraphs.ts';
import { TextWriter } from './text-writer.ts';
import type { PdfTable } from './types.ts';
import { writeTable } from './write-table.ts';

export type Piece = { kind: 'paragraph'; paragraph: Paragraph } | { kind: 'table'; table: PdfTable };

export interface Composed {
  text: string;
  grids: Grid[];
  blocks: Block[];
  pages: PageSpan[];
}

/** The derived text: one line per paragraph, a table's rows as TAB lines with a blank line around. */
export function compose(pieces: readonly Piece[]): Composed {
  const out = new TextWriter();
  const grids: Grid[] = [];
  const blocks: Block[] = [];
  pieces.forEach((piece, i) => {
    const isTable = piece.kind === 'table';
    if (i > 0) out.write(isTable || pieces[i - 1]?.kind === 'table' ? '\n\n' : '\n');
    const start = out.text.length;
    if (piece.kind === 'table') {
      grids.push(writeTable(out, piece.table));
    } else {
      for (const part of piece.paragraph.parts) out.write(part.text, part.page);
    }
    blocks.push({ kind: piece.kind, start, end: out.text.length });
  });
  if (out.text !== '') out.write('\n');
  return { text: out.text, grids, blocks, pages: out.pages };
}

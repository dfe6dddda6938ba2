import { joinPieces } from './join-text.ts';
import type { PdfCell } from './types.ts';

/**
 * A row broken by the page: the next page starts with the rest of its cells, at most half of
 * them filled. Each piece is added to its cell above (to a merged cell's origin and its
 * copies, when the cell above continues a merged one).
 */
export function finishRow(rows: PdfCell[][], rest: readonly PdfCell[]): void {
  const last = rows.length - 1;
  rest.forEach((piece, c) => {
    if (piece.text === '' || piece.merged) return;
    let origin = last;
    while (origin > 0 && rows[origin]?.[c]?.merged === 'row') origin--;
    const text = joinPieces(rows[origin]?.[c]?.text ?? '', piece.text, 0.5);
    for (let r = origin; r <= last; r++) {
      const cell = rows[r]?.[c];
      if (cell && (r === origin || cell.merged === 'row')) cell.text = text;
    }
  });
}

import type { Column, Fragment } from './columns.ts';
import { joinPieces } from './join-text.ts';

/** One cell's text gathered from its wrapped lines. */
export interface CellBlock {
  col: number;
  span: number;
  text: string;
  /** Vertical centre: the mean baseline of its lines (PDF units, y upwards). */
  center: number;
  size: number;
  page: number;
}

/** Wrapped lines of one cell stand at most this far apart (in font sizes). */
const WRAP_PITCH = 1.8;

/**
 * Gathers each column's fragments into cells: a line continues the cell above when it follows
 * at a wrapped line's distance and the line above filled the column (text wraps only when full),
 * so short cells of tightly set rows stay apart.
 */
export function cellBlocks(fragments: readonly Fragment[], columns: readonly Column[]): CellBlock[] {
  const out: CellBlock[] = [];
  columns.forEach((column, col) => {
    const own = fragments.filter((f) => f.col === col).sort((a, b) => a.page - b.page || b.y - a.y);
    const right = Math.max(column.x1, ...own.map((f) => f.x1));
    let block: { frags: Fragment[]; last: Fragment } | null = null;
    const flush = (): void => {
      if (block) out.push(toBlock(block.frags));
    };
    for (const f of own) {
      const last = block?.last;
      const gap = last && last.page === f.page ? last.y - f.y : Infinity;
      const full = last !== undefined && last.x1 >= right - Math.max(2 * f.size, 0.15 * (right - column.x0));
      if (block && last && last.span === f.span && (gap < 0.3 * f.size || (gap <= WRAP_PITCH * f.size && full))) {
        block.frags.push(f);
        block.last = f;
      } else {
        flush();
        block = { frags: [f], last: f };
      }
    }
    flush();
  });
  return out;
}

function toBlock(frags: readonly Fragment[]): CellBlock {
  const first = frags[0]!;
  let text = '';
  let y = Infinity;
  for (const f of frags) {
    text = joinPieces(text, f.text, Math.abs(y - f.y) < 0.3 * f.size ? 1 : 0.5);
    y = f.y;
  }
  const center = frags.reduce((sum, f) => sum + f.y, 0) / frags.length;
  return { col: first.col, span: first.span, text, center, size: first.size, page: first.page };
}

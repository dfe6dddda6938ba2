import type { Rules } from '../../rules/types.ts';
import { headerRole } from '../interpret/roles.ts';

export interface Placed {
  cell: { text: string; start: number; end: number };
  /** Display column where the cell starts. */
  x: number;
}

/**
 * A printed header spaced letter by letter ("指  标  名  称") splits into one-letter cells at runs
 * of spaces: short cells that name no column are joined while their run becomes a header word.
 */
export function joinSpacedHeader(text: string, cells: readonly Placed[], rules: Rules): Placed[] {
  const out: Placed[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    // the longest run that names a column: "指标名称", not "指标" and "名称"
    let to = i;
    if (headerRole(c.cell.text, rules) === null && c.cell.text.length <= 2) {
      for (let j = i + 1; j < Math.min(cells.length, i + 6) && cells[j]!.cell.text.length <= 2; j++) {
        const run = cells
          .slice(i, j + 1)
          .map((p) => p.cell.text)
          .join('');
        if (headerRole(run, rules) !== null) to = j;
      }
    }
    const { start } = c.cell;
    const { end } = cells[to]!.cell;
    out.push(to === i ? c : { cell: { text: text.slice(start, end), start, end }, x: c.x });
    i = to;
  }
  return out;
}

import type { Slot } from '../../derived/builder.ts';

export interface SpanCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/**
 * Lays HTML cells out on the table's grid: each cell takes the first free position of its row,
 * and the positions its rowspan/colspan cover point back to it (below: 'row', right: 'col').
 */
export function placeCells(rows: readonly (readonly SpanCell[])[]): Slot[][] {
  const grid: Slot[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]?.[c] !== undefined) c++;
      const rowEnd = Math.min(r + cell.rowspan, rows.length);
      for (let rr = r; rr < rowEnd; rr++) {
        for (let cc = c; cc < c + cell.colspan; cc++) {
          const slot: Slot =
            rr === r && cc === c ? { text: cell.text } : { merged: rr > r ? 'row' : 'col', from: [r, c] };
          (grid[rr] ??= [])[cc] = slot;
        }
      }
      c += cell.colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? { text: '' }));
}

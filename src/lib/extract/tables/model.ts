/** A cell of an indicator table, trimmed, in view offsets. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** What a value column holds. */
export interface ValueColumn {
  role: 'baseline' | 'target' | 'parent';
  year: number | null;
  header: string;
}

export interface Row {
  category: string | null;
  name: Cell;
  /** One entry per value column; null where the row has no cell for it. */
  values: (Cell | null)[];
  attribute: Cell | null;
}

export interface Table {
  start: number;
  end: number;
  columns: ValueColumn[];
  rows: Row[];
  /** Cells that could not be placed in a row. */
  stray: Cell[];
}

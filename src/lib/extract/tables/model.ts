import type { GridCell } from '../../read/types.ts';

/** What a column of an indicator table holds, decided by its header words. */
export type ColumnRole =
  'serial' | 'category' | 'name' | 'unit' | 'baseline' | 'target' | 'parent' | 'attribute' | 'note' | 'unknown';

export interface Column {
  role: ColumnRole;
  /** The header as read (the cells of a multi-row header joined), spaces removed. */
  header: string;
  /** The year the header names; a target column without one is for the plan's end year. */
  year: number | null;
}

/** A body row of an indicator table, one cell (or null) per column. */
export interface TableRow {
  cells: (GridCell | null)[];
  /** The category cell's text, carried down over blank and merged cells. */
  category: string | null;
}

/** A grid read as an indicator table (view offsets). */
export interface Table {
  start: number;
  end: number;
  origin: string;
  columns: Column[];
  rows: TableRow[];
  /** Cells or rows that fit no column, to report. */
  stray: GridCell[];
}

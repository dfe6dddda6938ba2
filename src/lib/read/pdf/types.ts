/** One run of text as the PDF places it: baseline origin (x, y, PDF units, y upwards), advance width, size. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A page's text items as read from the file, before any layout analysis. */
export interface PdfPage {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** True when the page paints an image but has no text: a scanned page. */
  imageOnly: boolean;
}

/** A piece of a line separated from its neighbours by a wide gap (a table cell's text, usually). */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
  /** Mean baseline of its items: pieces of one "line" may sit a little apart (a centred cell). */
  y: number;
  size: number;
  /** The items it was joined from, for a cell run into the next one in a tightly set table. */
  parts: { text: string; x0: number; x1: number }[];
}

/** Items sharing a baseline (within a tolerance), left to right. */
export interface Line {
  page: number;
  /** Baseline (PDF units, y upwards). */
  y: number;
  x0: number;
  x1: number;
  /** Typical font size of the line's items. */
  size: number;
  text: string;
  segments: Segment[];
}

/** A table cell as rebuilt from positions: its text and where its pieces were. */
export interface PdfCell {
  text: string;
  /** 'row' / 'col': a position covered by the cell above / to the left. */
  merged?: 'row' | 'col';
}

/** A table as rebuilt from one or more pages (a table continued on the next page is joined). */
export interface PdfTable {
  rows: PdfCell[][];
  /** Page of each row. */
  rowPages: number[];
  /** The columns' horizontal extents, to recognise the same table continued on the next page. */
  columns: { x0: number; x1: number }[];
  /** The column that sets the rows (the one with the most cells). */
  key: number;
}

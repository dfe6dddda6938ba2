import type { Encoding, PlanMeta, SourceFormat } from '../types.ts';

export type { SourceFormat } from '../types.ts';

/**
 * One cell of a grid, in offsets of the plan text. A position covered by a merged cell (HTML
 * rowspan/colspan, Word vMerge/gridSpan) repeats that cell's text and offsets and says from
 * where it was merged, so an interpreter can carry it and still quote each cell only once.
 */
export interface GridCell {
  text: string;
  start: number;
  end: number;
  /** 'row': continues the cell above; 'col': continues the cell to the left. Absent on own cells. */
  merged?: 'row' | 'col';
}

/** What read a grid: a reader of the text's layout, or the file's own table markup. */
export type GridOrigin = 'pipe' | 'tab' | 'spaces' | 'cell-lines' | 'fields' | 'flat' | 'html' | 'docx' | 'pdf';

/**
 * A table as read, rows × cells, before any interpretation: the same model for every format,
 * so one interpreter reads indicator tables and task-assignment tables from all of them.
 */
export interface Grid {
  start: number;
  end: number;
  rows: GridCell[][];
  origin: GridOrigin;
}

/** A structural block the file itself marks (a heading style, a paragraph, a table). */
export interface Block {
  kind: 'heading' | 'paragraph' | 'table';
  start: number;
  end: number;
  /** Heading level 1…6, from the markup, the style or the outline level; absent otherwise. */
  level?: number;
}

/** The text of one printed page (PDF): every offset in [start, end) lies on `page`. */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
}

/** Metadata the text itself states (notice header, signature, portal metadata box). */
export interface DetectedMeta {
  title: string | null;
  issuer: string | null;
  /** ISO date YYYY-MM-DD. */
  date: string | null;
  docNumber: string | null;
}

/** A plan's source as read from disk, before any extraction: the one document model. */
export interface SourceDoc {
  meta: PlanMeta;
  /** Absolute or project-relative path of the source file. */
  path: string;
  /**
   * The plan's text; every offset in every record points into this string. For .txt/.md the
   * decoded file itself; for other formats the text the reader derived (exported as texts/<id>.txt).
   */
  text: string;
  /** SHA-256 of the file's bytes (not of the derived text). */
  sha256: string;
  encoding: Encoding;
  format: SourceFormat;
  /** Tables the file marks as tables (HTML, .docx, PDF); text layouts are found by extraction. */
  grids: Grid[];
  /** Blocks the file marks; empty for plain text. */
  blocks: Block[];
  /** Pages of a PDF; empty for other formats. */
  pages: PageSpan[];
  /** What the reader set apart from the plan's text (chrome, headers, footers, page numbers), with counts. */
  setApart: Record<string, number>;
  /** Metadata stated in the text or the file's own properties; the YAML wins where it says something. */
  detected: DetectedMeta;
  /** Fields of `meta` the YAML left null and `detected` filled; absent when none were. */
  metaFilled?: Array<keyof DetectedMeta>;
}

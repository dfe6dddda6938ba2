/**
 * Public record types shared by the extraction library, the CLI exports and the site.
 * The exported JSON files follow these shapes field for field (the data contract).
 */

/** Comparison of a target value: 以上/不低于 `>=`, 以下/不超过 `<=`, 超过 `>`, 低于 `<`, 左右/约 `~`, bare `=`. */
export type Op = '=' | '>=' | '<=' | '>' | '<' | '~';

/** Administrative level of the region a plan is for. */
export type Level = 'national' | 'province' | 'city' | 'district' | 'county';

/** 预期性 (expected) or 约束性 (binding). */
export type Attribute = '预期性' | '约束性';

/** Half-open span of character offsets (JavaScript string indices) into the decoded source text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with its verbatim text: always `quote === text.slice(start, end)`. */
export interface Quoted extends Span {
  quote: string;
}

/** Metadata of one plan, as written by an editor in `content/plans/<id>.yaml`. */
export interface PlanMeta {
  /** Stable slug, also the file name stem in content/plans. */
  id: string;
  /** File name of the source text in content/plans. */
  file: string;
  region: string;
  province: string | null;
  level: Level;
  title: string | null;
  /** [start year, end year]; the end year is the main target year. */
  period: [number, number];
  issuer: string | null;
  /** ISO date (YYYY-MM-DD) of issue or publication, null when unknown. */
  date: string | null;
  /** 文号 as printed, e.g. 红办发〔2023〕13号; null when the plan has none. */
  docNumber: string | null;
  /** Kind of plan: 规划, 行动方案, 实施意见, 实施方案, … */
  kind: string | null;
  /** Where the text was taken from, when known (used for [EB/OL] citations). */
  url: string | null;
}

/** Formats a plan is read from; each has its reader in src/lib/read. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

/** How the source bytes were decoded. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** plans.json row. */
export interface PlanRecord extends PlanMeta {
  sha256: string;
  encoding: Encoding;
  /** Which reader read the file. */
  format: SourceFormat;
  /** Number of characters of the plan's text (the decoded file, or the text derived from it). */
  length: number;
}

/** indicators.json row: one target value of one indicator for one year. */
export interface IndicatorRecord extends Quoted {
  /** Stable id: plan id + hash of (source, name, year, start). */
  id: string;
  plan: string;
  /** Indicator name as written, without its unit parenthetical. */
  name: string;
  /** Canonical indicator id from the lexicon, null when none fits. */
  indicator: string | null;
  unit: string | null;
  year: number | null;
  op: Op | null;
  value: number | null;
  /** The target expression verbatim (after repairs are noted, never rewritten). */
  valueText: string;
  baselineYear: number | null;
  baselineValue: number | null;
  /** A higher level's target from a table column, as written. */
  parentValue: string | null;
  attribute: Attribute | null;
  category: string | null;
  source: 'table' | 'text';
  /** Task id when the target is stated inside a task. */
  task: string | null;
  /** Repairs applied to read this record (e.g. "%。" read as ‰), empty when none. */
  repairs: string[];
  /** True when the plan sets the value for every year (每年…); `year` is then the plan's end year. */
  yearly: boolean;
  /** Ids of this plan's other records for the same indicator and year with another value; empty when none. */
  conflict: string[];
  /**
   * Why the record's name or value cannot be restated in words (codes: name-missing, garbled,
   * redacted …); empty when both were read with confidence. Citations then quote the source verbatim.
   */
  uncertain: string[];
  /** Printed page of the quote's start (PDF sources); null for other formats. */
  page: number | null;
}

/** tasks.json row: a lowest-level action item of a task chapter. */
export interface TaskRecord extends Quoted {
  id: string;
  plan: string;
  title: string;
  /** Ancestor headings, verbatim with their numbering, outermost first. */
  path: string[];
  /** Lead units verbatim (redacted entries kept as written). */
  lead: string[];
  partners: string[];
  /** The task's whole text (title and body) as in the source. */
  text: string;
  /** Ids of indicator records stated inside this task. */
  indicators: string[];
  /** Topic ids from the lexicon. */
  topics: string[];
  /** Printed page where the task starts (PDF sources); null for other formats. */
  page: number | null;
}

/** units.json row: one responsible unit named on one task. */
export interface UnitRecord extends Quoted {
  id: string;
  plan: string;
  task: string;
  role: 'lead' | 'partner';
  /** As written in the plan. */
  name: string;
  /** Canonical department function id from the lexicon, null when none fits. */
  department: string | null;
  /** True when the entry is wholly or partly redacted ("(略)"). */
  redacted: boolean;
}

/** A node of the plan's outline (table of contents). */
export interface OutlineEntry extends Quoted {
  /** Nesting depth, 1 = outermost. */
  depth: number;
  /** Numbering as written: 第三章, 一、, (一), 1., (1) … or '' for an unnumbered heading. */
  numbering: string;
  /** Heading text without its numbering. */
  title: string;
  /** Numbering style key: chapter, cn, cn-paren, arabic, arabic-paren, title. */
  style: string;
}

/** A paragraph of running text (a block between blank lines, or a segment of a flattened line). */
export interface ParagraphEntry extends Span {
  /** Stable anchor on the plan page. */
  anchor: string;
  kind: 'text' | 'heading' | 'table' | 'boilerplate' | 'toc';
}

export type Severity = 'info' | 'warning' | 'error';

/** A problem or repair found while reading or extracting, with its position. */
export interface Issue {
  plan: string | null;
  file: string;
  severity: Severity;
  /** Short machine-readable code, e.g. `repair-permille`, `redacted-unit`, `unparsed-cell`. */
  code: string;
  message: string;
  start: number | null;
  end: number | null;
  line: number | null;
  column: number | null;
}

/** A cell of an exported grid, in source offsets; a merged position repeats its origin's offsets. */
export interface GridCellSpan extends Span {
  merged?: 'row' | 'col';
}

/** A table as read (rows × cells), in source offsets, so the plan page can show it as a table. */
export interface GridEntry extends Span {
  rows: GridCellSpan[][];
}

/** Everything extracted from one plan. */
export interface PlanExtraction {
  plan: PlanRecord;
  outline: OutlineEntry[];
  paragraphs: ParagraphEntry[];
  /** Every grid the extraction read, indicator tables or not. */
  grids: GridEntry[];
  indicators: IndicatorRecord[];
  tasks: TaskRecord[];
  units: UnitRecord[];
  issues: Issue[];
  /**
   * What reading set apart from the plan's text, by kind, with counts: the reader's (site chrome,
   * headers, footers) and the reading view's (page numbers, running headers, account chrome).
   */
  setApart: Record<string, number>;
}

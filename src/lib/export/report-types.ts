import type { SourceDoc } from '../read/types.ts';
import type { Encoding, Severity, SourceFormat } from '../types.ts';
import type { PlanDetails } from './report-details.ts';
import type { PlanMetaReport } from './report-meta.ts';

/** What the export needs of a plan as read: its text, which every record's offsets index. */
export type ExportSource = Pick<SourceDoc, 'text' | 'format'> & { meta: { id: string } };

/** One issue as the report shows it: where (line:column) rather than raw offsets. */
export interface ReportIssue {
  plan: string | null;
  file: string;
  severity: Severity;
  code: string;
  message: string;
  /** "line:column", or null for a file-level issue. */
  position: string | null;
}

export interface PlanSummary {
  id: string;
  file: string;
  title: string | null;
  encoding: Encoding;
  /** Which reader read the file. */
  reader: SourceFormat;
  /** What that reader set apart from the plan's text (chrome, headers, footers …), by kind, with counts. */
  setApart: Record<string, number>;
  length: number;
  indicators: { table: number; text: number; unmapped: number };
  tasks: number;
  units: { total: number; redacted: number };
  outline: number;
  errors: number;
  warnings: number;
  repairs: number;
}

export interface UnmappedName {
  name: string;
  count: number;
  units: string[];
  plans: string[];
}

export interface Report {
  plans: PlanSummary[];
  /** Error issues, including files that could not be read or extracted. */
  errors: ReportIssue[];
  /** Issues whose code starts with `repair-`. */
  repairs: ReportIssue[];
  /** Other warnings, grouped by code. */
  warnings: { code: string; count: number; items: ReportIssue[] }[];
  /** Redacted or truncated passages worth knowing about when reading the numbers. */
  notes: ReportIssue[];
  /** Indicator names the lexicon did not map, most frequent first. */
  unmapped: UnmappedName[];
  /** Per plan, the title, issuer, date and 文号 its text states and whether the record uses them. */
  metadata: PlanMetaReport[];
  /** Per plan: tables as interpreted, targets per year, names marked uncertain. */
  details: PlanDetails[];
}

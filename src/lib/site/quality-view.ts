import type { Issue, ParagraphEntry, PlanRecord } from '../types.ts';
import { paragraphAt } from './data/structure.ts';
import { issueGroup, type IssueGroup } from './issue-kinds.ts';
import { REDACTION } from './redactions.ts';

export interface PlanQuality {
  plan: PlanRecord;
  counts: {
    targets: number;
    tableTargets: number;
    unmapped: number;
    tasks: number;
    units: number;
    redactedUnits: number;
    outline: number;
    paragraphs: number;
  };
  issues: Record<IssueGroup, Issue[]>;
  /** "(略)" marks in the text, with the paragraph anchors where they are. */
  redactedMarks: number;
  redactedAt: string[];
  /** The plan's paragraphs, which every position on the quality page links into. */
  paragraphs: readonly ParagraphEntry[];
}

interface QualityInput {
  plan: PlanRecord;
  text: string;
  paragraphs: readonly ParagraphEntry[];
  outline: number;
  records: {
    indicators: readonly { source: string; indicator: string | null }[];
    tasks: number;
    units: readonly { redacted: boolean }[];
    issues: readonly Issue[];
  };
}

/** What was extracted from one plan, what was repaired, withheld or cut off, taken from the records themselves. */
export function planQuality({ plan, text, paragraphs, outline, records }: QualityInput): PlanQuality {
  const issues: Record<IssueGroup, Issue[]> = { repair: [], redaction: [], truncation: [], damage: [], note: [] };
  for (const issue of records.issues) issues[issueGroup(issue)].push(issue);
  const marks = [...text.matchAll(REDACTION)].map((m) => m.index);
  const redactedAt = [
    ...new Set(marks.map((at) => paragraphAt(paragraphs, at)?.anchor).filter((a): a is string => a !== undefined)),
  ];
  return {
    plan,
    counts: {
      targets: records.indicators.length,
      tableTargets: records.indicators.filter((t) => t.source === 'table').length,
      unmapped: records.indicators.filter((t) => t.indicator === null).length,
      tasks: records.tasks,
      units: records.units.length,
      redactedUnits: records.units.filter((u) => u.redacted).length,
      outline,
      paragraphs: paragraphs.length,
    },
    issues,
    redactedMarks: marks.length,
    redactedAt,
    paragraphs,
  };
}

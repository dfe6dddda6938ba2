import type { IndicatorEntry, TopicEntry } from '../../lexicon/types.ts';
import type { IndicatorRecord, ParagraphEntry, PlanRecord, TaskRecord } from '../../types.ts';

/** What the index is built from: the extraction export, the lexicon, and each plan's paragraphs with text. */
export interface SearchInput {
  plans: readonly PlanRecord[];
  lexicon: { indicators: readonly IndicatorEntry[]; topics: readonly TopicEntry[] };
  /**
   * The targets and the tasks, each asked for once: an export of thousands of plans holds
   * hundreds of megabytes of them, and the build lets go of one before it reads the other.
   */
  targets(): readonly IndicatorRecord[];
  tasks(): readonly TaskRecord[];
  /**
   * The paragraphs of one plan exactly as its page anchors them, with their text. Called once
   * per plan in plan order, so a large corpus need not hold every text at once.
   */
  paragraphs(plan: PlanRecord): Iterable<{ entry: ParagraphEntry; text: string }>;
}

/** Tables of contents only repeat headings found again below; everything else the page shows is searchable. */
export const SKIPPED_PARAGRAPHS: ReadonlySet<ParagraphEntry['kind']> = new Set(['toc']);

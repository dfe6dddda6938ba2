import type { Lexicon } from '../lexicon/types.ts';
import type { Grid, SourceDoc } from '../read/types.ts';
import type { Span } from '../types.ts';
import type { Outline } from './outline/build.ts';
import type { Rules } from './rules/types.ts';
import type { Table } from './tables/model.ts';
import type { TargetDraft } from './targets/draft.ts';
import type { TaskDraft } from './tasks/build-tasks.ts';
import type { TextView } from './view/text-view.ts';

/** What the stages leave on the vfile for the next ones (view offsets unless said otherwise). */
export interface PlanData {
  source: SourceDoc;
  rules: Rules;
  lexicon: Lexicon;
  view: TextView;
  /** Boilerplate lines, and where trailing page chrome starts (view offsets). */
  boilerplate: { lines: Span[]; tail: number };
  /** Source spans cut from the view (page furniture, chrome, OCR spacing). */
  cuts: Span[];
  /** How many of each kind the view set apart (page numbers, headers, chrome …). */
  setApart: Record<string, number>;
  outline: Outline;
  /** Every grid found (the file's own tables and the text's layouts), in view offsets. */
  grids: Grid[];
  /** The grids read as indicator tables. */
  tables: Table[];
  targets: TargetDraft[];
  tasks: TaskDraft[];
}

declare module 'vfile' {
  interface DataMap {
    planatlas: PlanData;
  }
}

import type { IndicatorRecord } from '../../types.ts';

type DraftFields =
  | 'source'
  | 'name'
  | 'unit'
  | 'year'
  | 'op'
  | 'value'
  | 'valueText'
  | 'baselineYear'
  | 'baselineValue'
  | 'parentValue'
  | 'attribute'
  | 'category'
  | 'repairs';

/** A target before it gets its id, canonical indicator and source offsets (view offsets). */
export interface TargetDraft extends Pick<IndicatorRecord, DraftFields> {
  start: number;
  end: number;
  /** Warnings to report at this target's position (codes with messages). */
  warnings: string[];
}

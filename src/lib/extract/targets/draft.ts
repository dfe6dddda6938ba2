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
  /** Set for every year (每年…); false when absent. */
  yearly?: boolean;
  /** Codes of what could not be read with confidence (name-missing …); empty when absent. */
  uncertain?: string[];
  /** Key shared by the plan's records of one indicator and year that state different values. */
  conflictGroup?: string;
  /** Whether a time phrase of the text gave the year (sentence targets). */
  yearStated?: boolean;
  /** Where the value phrase starts (sentence targets). */
  valueAt?: number;
}

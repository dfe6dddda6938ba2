import type { Attribute, Op } from '../../types.ts';

/** A target before it gets its id, canonical indicator and source offsets (view offsets). */
export interface TargetDraft {
  source: 'table' | 'text';
  name: string;
  unit: string | null;
  year: number | null;
  op: Op | null;
  value: number | null;
  valueText: string;
  baselineYear: number | null;
  baselineValue: number | null;
  parentValue: string | null;
  attribute: Attribute | null;
  category: string | null;
  start: number;
  end: number;
  repairs: string[];
  /** Warnings to report at this target's position (codes with messages). */
  warnings: string[];
}

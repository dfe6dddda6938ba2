import type { SectionKind } from '../rules/types.ts';
import type { HeadingStyle } from './candidates.ts';

/** A heading of the plan, in view offsets. */
export interface Heading {
  style: HeadingStyle | 'run-in';
  n: number;
  depth: number;
  /** Start of the numbering (the title start for a run-in heading). */
  start: number;
  titleStart: number;
  titleEnd: number;
  /** End of the section the heading opens. */
  end: number;
  /** End of the heading's own text: where its first sub-heading or 专栏 box starts, else `end`. */
  bodyEnd: number;
  /** Kind named by the heading's own words. */
  kind: SectionKind | null;
  /** Kind of the section the heading stands in: its own, else the nearest ancestor's. */
  scope: SectionKind | null;
  parent: number;
  children: number;
  inColumn: boolean;
  /** Numbers skipped before this heading. */
  gap: number;
}

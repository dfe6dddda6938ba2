import type { ViewEdit } from './text-view.ts';

/** What a cut from the reading view set apart; the extraction report counts each kind. */
export type CutKind =
  'page-marker' | 'page-number' | 'page-header' | 'chrome' | 'bullet' | 'decoration' | 'letter-spacing' | 'line-wrap';

/** One edit of the view with what it set apart (`count` lines or characters of that kind). */
export interface ViewCut extends ViewEdit {
  kind: CutKind;
  /** The line break of a split sentence went too, so its halves join again. */
  joined?: boolean;
  count?: number;
}

import type { PageSpan } from '../../read/types.ts';

/** Page of a source offset: a binary search over the reader's page spans; null without pages. */
export function pageFinder(pages: readonly PageSpan[]): (offset: number) => number | null {
  if (pages.length === 0) return () => null;
  return (offset) => {
    let lo = 0;
    let hi = pages.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pages[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return pages[lo]!.page;
  };
}

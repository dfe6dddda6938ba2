/** A link as the page has it: where it goes and the fragment it names. */
export interface PageLink {
  pathname: string;
  hash: string;
  href: string;
}

/**
 * Where a reader who followed a task link to the wrong page of a plan's task list belongs: links
 * made in the browser (search results, the compare and drafting pages) name the first page, and
 * the task may be on another. The page's task directory links every task to its own page; the
 * one naming the same task elsewhere is the way. Null when the task is here or unknown.
 */
export function forwardTo(here: { pathname: string; hash: string }, links: readonly PageLink[]): string | null {
  if (here.hash.length < 2) return null;
  const elsewhere = links.find((a) => a.hash === here.hash && a.pathname !== here.pathname);
  return elsewhere ? elsewhere.href : null;
}

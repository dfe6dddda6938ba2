/** The steps of a build the benchmark times, in the order they start. */
export const STAGES = ['extraction', 'data preparation', 'page rendering', 'search index', 'downloads'] as const;
export type Stage = (typeof STAGES)[number];

const ROUTE = /^\S*\s+[├└]─ (\/\S+)/u;

/**
 * Which step a line of the build's output closes. Astro prints a page's path when it has
 * written it, so the time since the previous line belongs to that page's step; lines before
 * the first page (bundling, the data every route's paths are computed from) are preparation.
 */
export function stageOfLine(line: string, current: Stage): Stage {
  if (line.startsWith('planatlas: extraction')) return 'extraction';
  const route = ROUTE.exec(line)?.[1];
  // other lines (npm's, Astro's bundling) belong to the step under way; the runner moves on to
  // preparation itself once the extraction has reported
  if (route === undefined) return current;
  if (route.startsWith('/search/') && route.endsWith('.bin')) return 'search index';
  if (route.startsWith('/downloads/') || route.startsWith('/files/')) return 'downloads';
  return 'page rendering';
}

import { KIND_NAMES } from '../facets.ts';
import { KINDS } from '../format.ts';
import type { FirstView } from './view.ts';

/**
 * The count above the list names the tab it counts, so it always equals the rows the tab lists
 * (page by page); the sum over all tabs is given beside it when other tabs have results too.
 */
export function headline(view: Pick<FirstView, 'kind' | 'tabs' | 'total' | 'approx'>): string {
  const about = view.approx ? '约 ' : '';
  const shown = `${KIND_NAMES[view.kind]} ${about}${view.total} 条`;
  const all = KINDS.reduce((s, k) => s + (view.tabs.get(k) ?? 0), 0);
  return all > view.total ? `${shown}（各类共 ${all} 条）` : shown;
}

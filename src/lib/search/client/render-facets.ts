import { DIM_NAMES, KIND_NAMES, LEVEL_NAMES, type Dim, type FacetResult, type Filters } from '../facets.ts';
import type { Level } from '../../types.ts';
import { KINDS, type Kind, type Manifest } from '../format.ts';
import type { PlanTable } from '../plan-table.ts';
import { el } from './dom.ts';
import type { FirstView } from './view.ts';

export type Pick = (dim: Dim, value: string | undefined) => void;

/** Tabs by kind, each with its count; the active one is the kind being listed. */
export function renderTabs(view: FirstView, pick: Pick): HTMLElement {
  return el(
    'div',
    { class: 'search-tabs', role: 'tablist', 'aria-label': '结果类型' },
    ...KINDS.map((k: Kind) => {
      const n = view.tabs.get(k) ?? 0;
      const b = el(
        'button',
        { type: 'button', role: 'tab', 'data-kind': k, 'aria-selected': String(k === view.kind) },
        `${KIND_NAMES[k]} `,
        el('span', { class: 'count' }, String(n)),
      );
      b.addEventListener('click', () => pick('kind', k));
      return b;
    }),
  );
}

function label(dim: Dim, value: string, m: Manifest, plans: PlanTable): string {
  if (dim === 'level') return LEVEL_NAMES[value as Level] ?? value;
  if (dim === 'topic') return m.topics.find((t) => t.id === value)?.name ?? value;
  if (dim === 'region') return plans.region[Number(value)] ?? `规划 ${Number(value) + 1}`;
  if (dim === 'period') return value.replace('-', '—');
  return value;
}

const SHOWN = 10;

/** Plain code-unit order: a stable tie-break that needs no collation tables (those are slow). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The values of one dimension with counts (most first, years newest first), chosen one pressed. */
function facetGroup(
  dim: Dim,
  all: FacetResult['counts'],
  filters: Filters,
  m: Manifest,
  plans: PlanTable,
  pick: Pick,
): HTMLElement | null {
  const counts = [...all[dim]].filter(([, n]) => n > 0);
  const chosen = filters[dim];
  if (counts.length === 0 && chosen === undefined) return null;
  const byValue = dim === 'year' || dim === 'period';
  counts.sort((a, b) => (byValue ? byText(b[0], a[0]) : b[1] - a[1] || byText(a[0], b[0])));
  const shown = counts.slice(0, SHOWN);
  if (chosen !== undefined && !shown.some(([v]) => v === chosen)) shown.push([chosen, all[dim].get(chosen) ?? 0]);
  return el(
    'fieldset',
    { class: 'search-facet', 'data-dim': dim },
    el('legend', {}, DIM_NAMES[dim]),
    ...shown.map(([value, n]) => {
      const b = el(
        'button',
        { type: 'button', 'data-value': value, 'aria-pressed': String(value === chosen) },
        label(dim, value, m, plans),
        ' ',
        el('span', { class: 'count' }, String(n)),
      );
      b.addEventListener('click', () => pick(dim, value === chosen ? undefined : value));
      return b;
    }),
  );
}

export function renderFacets(
  counts: FacetResult['counts'],
  filters: Filters,
  m: Manifest,
  plans: PlanTable,
  pick: Pick,
): HTMLElement {
  const dims: Dim[] = ['province', 'region', 'level', 'period', 'year', 'topic', 'attribute'];
  const groups = dims
    .map((d) => facetGroup(d, counts, filters, m, plans, pick))
    .filter((g): g is HTMLElement => g !== null);
  return el('div', { class: 'search-facets' }, ...groups);
}

import { DIMS, type Dim, type Filters } from './facets.ts';

/** Short URL keys, so a shared link stays readable. */
const KEYS: Record<Dim, string> = {
  kind: 'kind',
  province: 'prov',
  region: 'plan',
  level: 'level',
  period: 'period',
  year: 'year',
  topic: 'topic',
  attribute: 'attr',
};

export interface SearchState {
  q: string;
  filters: Filters;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const d of DIMS) {
    const v = params.get(KEYS[d]);
    if (v) filters[d] = v;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The query string for a state: q first, then filters in dimension order; empty values left out. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const d of DIMS) {
    const v = state.filters[d];
    if (v) params.set(KEYS[d], v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

import type { Dim } from '../facets.ts';
import { fileNames, type Manifest } from '../format.ts';
import { readState, writeState, type SearchState } from '../url-state.ts';
import { el } from './dom.ts';
import { SearchEngine, type Outcome } from './engine.ts';
import { FacetData } from './facet-data.ts';
import { siteLinks } from './links.ts';
import { Loader } from './loader.ts';
import { renderFacets, renderTabs, regionsShown } from './render-facets.ts';
import { resultItem } from './render-rows.ts';
import { planRow } from './rows.ts';
import { buildView, type View } from './view.ts';

const PAGE = 20;

/**
 * The results page: every keystroke runs the query (a newer one makes older answers stale), the
 * query and filters live in the URL (typing replaces the history entry, a facet click or Enter
 * adds one, so Back steps through choices), and the region filter travels as the plan id.
 */
export function startSearchPage(root: HTMLElement): void {
  const loader = new Loader(root.dataset['index'] ?? 'search/');
  const links = siteLinks(root.dataset['base'] ?? '/');
  const engine = new SearchEngine(loader);
  const inputs = [...document.querySelectorAll<HTMLInputElement>('input[data-search-input]')];
  const regions = new Map<string, string>();
  const planIds = new Map<string, string>();
  const outcomes = new Map<string, Promise<Outcome>>();
  let facts: FacetData | null = null;
  let state: SearchState = { q: '', filters: {} };
  let limit = PAGE;
  let seq = 0;

  const url = () => {
    const region = state.filters.region;
    return writeState({ q: state.q, filters: { ...state.filters, region: region === undefined ? undefined : (planIds.get(region) ?? region) } }) || location.pathname;
  };
  const search = (q: string) => {
    let p = outcomes.get(q);
    if (!p) {
      p = engine.search(q);
      outcomes.set(q, p);
      p.catch(() => outcomes.delete(q));
      if (outcomes.size > 50) outcomes.delete(outcomes.keys().next().value!);
    }
    return p;
  };

  async function run(): Promise<void> {
    const mine = ++seq;
    const started = performance.now();
    root.dataset['state'] = 'busy';
    const q = state.q.trim();
    if (q === '') return show(mine, null, started);
    try {
      const m = await loader.manifest();
      facts ??= new FacetData(loader, m);
      const view = await buildView(loader, facts, await search(q), state.filters, limit);
      if (mine !== seq) return;
      await Promise.all(regionsShown(view, state.filters).map(async (n) => {
        const row = await planRow(loader, m, n);
        if (!row) return;
        regions.set(String(n), row[1]);
        planIds.set(String(n), row[0]);
      }));
      show(mine, { view, m }, started);
    } catch (error) {
      if (mine !== seq) return;
      root.querySelector('[data-search-status]')!.replaceChildren(`检索出错：${(error as Error).message}`);
      root.dataset['state'] = 'error';
    }
  }

  function show(mine: number, result: { view: View; m: Manifest } | null, started: number): void {
    if (mine !== seq) return;
    const status = root.querySelector('[data-search-status]')!;
    const list = root.querySelector('[data-search-results]')!;
    const tabs = root.querySelector('[data-search-tabs]')!;
    const facets = root.querySelector('[data-search-facets]')!;
    const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
    if (!result) {
      status.replaceChildren('输入指标名称、任务或原文中的词语，如“托位”“床位数”“家庭医生签约”。');
      for (const n of [list, tabs, facets]) n.replaceChildren();
      more.hidden = true;
    } else {
      const { view, m } = result;
      const pick = (dim: Dim, value: string | undefined) => {
        state = { q: state.q, filters: { ...state.filters, [dim]: value } };
        limit = PAGE;
        history.pushState(null, '', url());
        void run();
      };
      tabs.replaceChildren(renderTabs(view, pick));
      facets.replaceChildren(renderFacets(view, state.filters, m, regions, pick));
      list.replaceChildren(...view.rows.map((r) => resultItem(r, view.outcome.query, m, links)));
      const approx = view.outcome.partial ? '约 ' : '';
      const hint = view.outcome.query.terms.length === 1 && view.outcome.query.han.some((h) => h.length === 1) ? '（单字只查指标名称，输入两个字以上可查原文）' : '';
      status.replaceChildren(el('span', {}, `“${state.q.trim()}”：${approx}${view.total} 条结果${hint}`));
      more.hidden = view.rows.length >= view.total || view.rows.length < limit;
    }
    root.dataset['ms'] = (performance.now() - started).toFixed(1);
    root.dataset['query'] = state.q.trim();
    root.dataset['state'] = 'done';
  }

  async function fromUrl(): Promise<void> {
    state = readState(location.search);
    const region = state.filters.region;
    if (region !== undefined && !/^\d+$/u.test(region)) {
      const ids = await loader.json<string[]>(fileNames.planIds);
      const n = ids.indexOf(region);
      if (n >= 0) planIds.set(String(n), region);
      state.filters.region = n >= 0 ? String(n) : undefined;
    }
    for (const input of inputs) input.value = state.q;
    limit = PAGE;
    await run();
  }

  for (const input of inputs) {
    input.addEventListener('input', () => {
      state = { q: input.value, filters: state.filters };
      for (const other of inputs) if (other !== input) other.value = input.value;
      limit = PAGE;
      history.replaceState(null, '', url());
      void run();
    });
    input.form?.addEventListener('submit', (e) => {
      e.preventDefault();
      history.pushState(null, '', url());
    });
  }
  root.querySelector('[data-search-more]')?.addEventListener('click', () => {
    limit += PAGE;
    void run();
  });
  window.addEventListener('popstate', () => void fromUrl());
  void fromUrl();
}

import type { Dim } from '../facets.ts';
import type { Manifest } from '../format.ts';
import { readState, writeState, type SearchState } from '../url-state.ts';
import { el } from './dom.ts';
import { SearchEngine, type Outcome } from './engine.ts';
import { siteLinks } from './links.ts';
import { Loader } from './loader.ts';
import { planNumber } from './plan-number.ts';
import { renderFacets, renderTabs } from './render-facets.ts';
import { resultItem } from './render-rows.ts';
import { planId } from './rows.ts';
import { facetView, firstView, type FirstView } from './view.ts';
import { headline } from './headline.ts';

const PAGE = 20;
/** Quiet time after a keystroke before the URL takes the query. */
const URL_PAUSE_MS = 300;

/**
 * The results page: every keystroke runs the query (a newer one makes older answers stale), the
 * query and filters live in the URL (typing replaces the history entry, a facet click or Enter
 * adds one, so Back steps through choices), and the region filter travels as the plan id.
 * What every search needs starts loading at once, before the first query is known; the results
 * are drawn as soon as their rows are in, and the facets right after.
 */
export function startSearchPage(root: HTMLElement): void {
  const loader = new Loader(root.dataset['index'] ?? 'search/', root.dataset['version'] || null);
  const links = siteLinks(root.dataset['base'] ?? '/');
  const engine = new SearchEngine(loader);
  // The plan table (facets only) is fetched once the page is idle, unless a search starts at
  // once (opened with ?q=): then it comes with the facets, after the first results.
  // Marked on the root for measurement: the page is then ready for a first query without waiting.
  const idle = () =>
    new Promise<void>((done) =>
      'requestIdleCallback' in window ? requestIdleCallback(() => done()) : setTimeout(done, 200),
    );
  const opensWithQuery = readState(location.search).q.trim() !== '';
  void Promise.all([loader.warm(), engine.warm()])
    .then(idle)
    .then(() => (opensWithQuery ? undefined : loader.plans()))
    .then(
      () => (root.dataset['warm'] = 'done'),
      () => {},
    );
  const inputs = [...document.querySelectorAll<HTMLInputElement>('input[data-search-input]')];
  const part = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const status = part<HTMLElement>('[data-search-status]');
  const list = part<HTMLElement>('[data-search-results]');
  const tabs = part<HTMLElement>('[data-search-tabs]');
  const facetPanel = part<HTMLElement>('[data-search-facets]');
  const more = part<HTMLButtonElement>('[data-search-more]');
  const planIds = new Map<string, string>();
  const outcomes = new Map<string, Promise<Outcome>>();
  let state: SearchState = { q: '', filters: {} };
  let limit = PAGE;
  let seq = 0;

  const url = () => {
    const region = state.filters.region;
    return (
      writeState({
        q: state.q,
        filters: { ...state.filters, region: region === undefined ? undefined : (planIds.get(region) ?? region) },
      }) || location.pathname
    );
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
  const onPick = (dim: Dim, value: string | undefined) => void pick(dim, value);

  /** Settles once the next frame (with what was just drawn) has been painted. */
  const nextPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const painted = (then: () => void) => void nextPaint().then(then);
  /**
   * Marks for measurement: the time since the search began, and since the page was opened: `ms`
   * when the results are in the document, `painted` when a frame shows them, `complete` when the
   * facets are painted too.
   */
  const mark = (name: string, started: number) => {
    root.dataset[name] = (performance.now() - started).toFixed(1);
    root.dataset[`${name}At`] = performance.now().toFixed(1);
  };

  async function run(): Promise<void> {
    const mine = ++seq;
    const started = performance.now();
    root.dataset['state'] = 'busy';
    const q = state.q.trim();
    if (q === '') {
      showEmpty();
      painted(() => finish(mine, q, started));
      return;
    }
    try {
      const outcome = await search(q);
      const [m, facts] = await Promise.all([loader.manifest(), engine.facts()]);
      const view = await firstView(loader, facts, outcome, state.filters, limit);
      if (mine !== seq) return;
      showFirst(view, m);
      mark('ms', started);
      // What the facets fetch starts now; their counting waits until the results are on screen,
      // as it would otherwise hold back the frame that shows them.
      const facetData = Promise.all([outcome.facts(), loader.plans()]);
      await nextPaint();
      if (mine !== seq) return;
      mark('painted', started);
      await facetData;
      const [counts, plans] = await Promise.all([
        facetView(loader, facts, outcome, state.filters, view.kind),
        loader.plans(),
      ]);
      if (mine !== seq) return;
      facetPanel.replaceChildren(renderFacets(counts, state.filters, m, plans, onPick));
      painted(() => finish(mine, q, started));
    } catch (error) {
      if (mine !== seq) return;
      status.replaceChildren(`检索出错：${(error as Error).message}`);
      root.dataset['state'] = 'error';
    }
  }

  function showEmpty(): void {
    status.replaceChildren('输入指标名称、任务或原文中的词语，如“托位”“床位数”“家庭医生签约”。');
    for (const n of [list, tabs, facetPanel]) n.replaceChildren();
    more.hidden = true;
  }

  function showFirst(view: FirstView, m: Manifest): void {
    for (const r of view.rows) planIds.set(String(r.row[0]), r.plan[0]);
    tabs.replaceChildren(renderTabs(view, onPick));
    list.replaceChildren(...view.rows.map((r) => resultItem(r, view.outcome.query, m, links)));
    const hint =
      view.outcome.query.terms.length === 1 && view.outcome.query.han.some((h) => h.length === 1)
        ? '（单字只查指标名称，输入两个字以上可查原文）'
        : '';
    status.replaceChildren(el('span', {}, `“${state.q.trim()}”：${headline(view)}${hint}`));
    more.hidden = view.rows.length >= view.total || view.rows.length < limit;
  }

  /** The search is done once its facets are painted too: the state tests and measurements wait for. */
  function finish(mine: number, q: string, started: number): void {
    if (mine !== seq) return;
    if (q === '') {
      mark('ms', started);
      mark('painted', started);
    }
    mark('complete', started);
    root.dataset['query'] = q;
    root.dataset['state'] = 'done';
  }

  async function pick(dim: Dim, value: string | undefined): Promise<void> {
    state = { q: state.q, filters: { ...state.filters, [dim]: value } };
    limit = PAGE;
    // The URL names a region by its plan's id: look it up when no shown result had it.
    if (dim === 'region' && value !== undefined && !planIds.has(value)) {
      const id = await planId(loader, await loader.manifest(), Number(value)).catch(() => undefined);
      if (id) planIds.set(value, id);
    }
    clearTimeout(typing);
    history.pushState(null, '', url());
    await run();
  }

  async function fromUrl(): Promise<void> {
    state = readState(location.search);
    for (const input of inputs) input.value = state.q;
    if (state.q.trim() !== '') status.replaceChildren('检索中…');
    const region = state.filters.region;
    if (region !== undefined && !/^\d+$/u.test(region)) {
      const n = await planNumber(loader, await loader.manifest(), region).catch(() => undefined);
      if (n !== undefined) planIds.set(String(n), region);
      state.filters.region = n === undefined ? undefined : String(n);
    }
    limit = PAGE;
    await run();
  }

  /**
   * The URL follows typing once it pauses: a history update takes milliseconds that would delay
   * the results' frame, and browsers limit how often a page may make them (Safari throws after
   * a hundred in thirty seconds).
   */
  let typing: ReturnType<typeof setTimeout> | undefined;
  const rememberQuery = () => {
    clearTimeout(typing);
    typing = setTimeout(() => history.replaceState(null, '', url()), URL_PAUSE_MS);
  };

  for (const input of inputs) {
    input.addEventListener('input', () => {
      state = { q: input.value, filters: state.filters };
      for (const other of inputs) if (other !== input) other.value = input.value;
      limit = PAGE;
      void run();
      rememberQuery();
    });
    input.form?.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(typing);
      history.pushState(null, '', url());
    });
  }
  more.addEventListener('click', () => {
    limit += PAGE;
    void run();
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typing);
    void fromUrl();
  });
  void fromUrl();
}

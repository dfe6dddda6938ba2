import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Served, StaticServer } from '../../serve/static-server.ts';

/** Requests and bytes of one stretch of a page's life, as the server sent them. */
export interface Transfer {
  requests: number;
  /** Bytes on the wire (gzip where the server had a precompressed file). */
  sent: number;
  /** The same files uncompressed. */
  raw: number;
}

export interface Measured {
  query: string;
  /** Typed on a freshly opened page (nothing of the query fetched yet): input → results in the document. */
  coldMs: number;
  /** The same, until a frame showing them is painted, and until the facets are painted too. */
  coldPaintedMs: number;
  coldCompleteMs: number;
  repeatMs: number;
  repeatPaintedMs: number;
  nextMs: number;
  /** Opened from a link with ?q= in a fresh browser context: navigation start → results in the document, painted, facets painted. */
  openedMs: number;
  openedPaintedMs: number;
  openedCompleteMs: number;
  /** When the opened page itself was loaded (DOMContentLoaded) and first painted, from navigation start. */
  openedDclMs: number;
  openedFcpMs: number;
  count: number;
  /** Opening the page (before typing), the typed query up to its first results, and the opened page up to them. */
  open: Transfer;
  typed: Transfer;
  opened: Transfer;
  /** Requests of the typed query that waited for an earlier one (longest chain). */
  waves: number;
  waterfall: string[];
  /** Main-thread time during the typed query, and script time while opening the page (CDP metrics). */
  taskMs: number;
  scriptMs: number;
  openScriptMs: number;
}

export function transfer(entries: readonly Served[]): Transfer {
  return {
    requests: entries.length,
    sent: entries.reduce((s, e) => s + e.sent, 0),
    raw: entries.reduce((s, e) => s + e.raw, 0),
  };
}

/** Paths the page asked for before a moment of its clock (the first results), by resource timing. */
async function pathsBefore(page: Page, at: number): Promise<Set<string>> {
  const paths = await page.evaluate(
    (t) =>
      performance
        .getEntriesByType('navigation')
        .concat(performance.getEntriesByType('resource'))
        .filter((e) => e.startTime <= t)
        .map((e) => new URL(e.name).pathname),
    at,
  );
  return new Set(paths);
}

/** What the server sent for those paths (each file is fetched once per page). */
function sentFor(entries: readonly Served[], paths: ReadonlySet<string>): Transfer {
  return transfer(entries.filter((e) => paths.has(e.path)));
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

interface Timing {
  name: string;
  start: number;
  end: number;
  size: number;
}

/**
 * Resource timing since `from` (page clock): the requests before `until` (the first results)
 * with the longest chain of them that started after another ended, and the later ones (facets).
 */
async function waterfall(page: Page, from: number, until: number): Promise<{ waves: number; lines: string[] }> {
  const list = await page.evaluate(
    (t0) =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return {
          name: r.name.replace(/^.*\//u, '').replace(/\?.*$/u, ''),
          start: r.startTime - t0,
          end: r.responseEnd - t0,
          size: r.transferSize,
        };
      }),
    from,
  );
  const all = (list as Timing[]).filter((t) => t.start >= -0.5).sort((a, b) => a.start - b.start);
  const timings = all.filter((t) => t.start <= until - from);
  const later = all.filter((t) => t.start > until - from);
  const depth = timings.map(() => 1);
  timings.forEach((t, i) => {
    for (let j = 0; j < i; j++) if (timings[j]!.end <= t.start + 0.5) depth[i] = Math.max(depth[i]!, depth[j]! + 1);
  });
  const line = (t: Timing) => `+${t.start.toFixed(0)}→${t.end.toFixed(0)} ${t.name} ${t.size}B`;
  return {
    waves: Math.max(0, ...depth),
    lines: [...timings.map(line), ...(later.length > 0 ? [`then for the facets: ${later.map(line).join(' · ')}`] : [])],
  };
}

/**
 * Waits in the page for the results to be done, without polling and without Playwright's selector
 * machinery, which would otherwise run in the page while it loads and searches. A string, as
 * the TypeScript loader would wrap named functions in helpers the page does not have.
 */
const WAIT_FOR_DONE = `new Promise((resolve) => {
  const ready = () => document.querySelector('[data-search-root]')?.dataset.state === 'done';
  if (ready()) return resolve();
  const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); resolve(); } });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})`;

/**
 * Types a query and waits for its results without polling: a mutation observer set up before
 * typing resolves when the page marks them done, so the wait adds no work to the page.
 */
async function typeAndWait(page: Page, q: string): Promise<void> {
  await page.evaluate((text) => {
    const root = document.querySelector<HTMLElement>('[data-search-root]')!;
    (window as unknown as { searchDone: Promise<void> }).searchDone = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (root.dataset['state'] === 'done' && root.dataset['query'] === text) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(root, { attributes: true });
    });
  }, q);
  await page.fill('#search-q-main', q);
  await page.evaluate(() => (window as unknown as { searchDone: Promise<void> }).searchDone);
}

/** Our results page: typed on a fresh page, then a different query, then the first again; and opened from a link. */
export async function measureOurs(
  browser: Browser,
  server: StaticServer,
  query: string,
  next: string,
): Promise<Measured> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let mark = server.log.length;
  await page.goto(`${server.url}/bench/`);
  await page.waitForSelector('[data-search-root][data-state="done"][data-warm="done"]');
  const open = transfer(server.log.slice(mark));
  const atOpen = await metrics(cdp);
  const attr = async (p: Page, name: string) => Number(await p.getAttribute('[data-search-root]', name));
  const run = async (q: string) => {
    await typeAndWait(page, q);
    return attr(page, 'data-ms');
  };
  mark = server.log.length;
  const coldMs = await run(query);
  const shownAt = await attr(page, 'data-ms-at');
  const typed = sentFor(server.log.slice(mark), await pathsBefore(page, shownAt));
  const afterCold = await metrics(cdp);
  // The waterfall is timed from the input event (when the search began, by the page's clock).
  const chain = await waterfall(page, shownAt - coldMs, shownAt);
  const coldPaintedMs = await attr(page, 'data-painted');
  const coldCompleteMs = await attr(page, 'data-complete');
  const count = Number((/(\d+) 条结果/u.exec(await page.innerText('[data-search-status]')) ?? [])[1] ?? 0);
  const nextMs = await run(next);
  const repeatMs = await run(query);
  const repeatPaintedMs = await attr(page, 'data-painted');
  await context.close();

  const fresh = await browser.newContext();
  const opened = await fresh.newPage();
  mark = server.log.length;
  await opened.goto(`${server.url}/bench/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await opened.evaluate(WAIT_FOR_DONE);
  const openedMs = await attr(opened, 'data-ms-at');
  const openedPaintedMs = await attr(opened, 'data-painted-at');
  const openedCompleteMs = await attr(opened, 'data-complete-at');
  const openedTransfer = sentFor(server.log.slice(mark), await pathsBefore(opened, openedMs));
  // The page's own milestones, to tell its loading from its searching.
  const [openedDclMs, openedFcpMs] = await opened.evaluate(() => [
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime ?? NaN,
  ]);
  await fresh.close();
  return {
    query,
    coldMs,
    coldPaintedMs,
    coldCompleteMs,
    repeatMs,
    repeatPaintedMs,
    nextMs,
    openedMs,
    openedPaintedMs,
    openedCompleteMs,
    openedDclMs: openedDclMs!,
    openedFcpMs: openedFcpMs!,
    count,
    open,
    typed,
    opened: openedTransfer,
    waves: chain.waves,
    waterfall: chain.lines,
    taskMs: ((afterCold['TaskDuration'] ?? 0) - (atOpen['TaskDuration'] ?? 0)) * 1000,
    scriptMs: ((afterCold['ScriptDuration'] ?? 0) - (atOpen['ScriptDuration'] ?? 0)) * 1000,
    openScriptMs: (atOpen['ScriptDuration'] ?? 0) * 1000,
  };
}

export interface PagefindMeasured {
  query: string;
  coldMs: number;
  repeatMs: number;
  nextMs: number;
  openedMs: number;
  count: number;
  /** Everything fetched up to the first results (the search itself loads Pagefind's index). */
  typed: Transfer;
  opened: Transfer;
  plans: Set<string>;
}

type PagefindWindow = {
  pagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
  pagefindReady?: boolean;
  pfShown?: number;
};

/** Pagefind the way its default UI searches: search, then load the first ten results' data. */
export async function measurePagefind(
  browser: Browser,
  server: StaticServer,
  query: string,
  next: string,
): Promise<PagefindMeasured> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let mark = server.log.length;
  await page.goto(`${server.url}/pf/`);
  await page.waitForFunction(() => (window as unknown as PagefindWindow).pagefindReady === true);
  const run = (q: string) =>
    page.evaluate(async (text) => {
      const pf = (window as unknown as PagefindWindow).pagefind;
      const started = performance.now();
      const found = await pf.search(text);
      await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      return { ms: performance.now() - started, count: found.results.length };
    }, q);
  const cold = await run(query);
  const typed = transfer(server.log.slice(mark));
  const nextRun = await run(next);
  const repeat = await run(query);
  const urls = await page.evaluate(async (text) => {
    const pf = (window as unknown as PagefindWindow).pagefind;
    const found = await pf.search(text);
    const out: string[] = [];
    for (let i = 0; i < found.results.length; i += 50)
      out.push(...(await Promise.all(found.results.slice(i, i + 50).map(async (r) => (await r.data()).url))));
    return out;
  }, query);
  await context.close();

  const fresh = await browser.newContext();
  const opened = await fresh.newPage();
  mark = server.log.length;
  await opened.goto(`${server.url}/pf/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  await opened.evaluate(
    `new Promise((resolve) => { const check = () => (window.pfShown !== undefined ? resolve() : setTimeout(check, 20)); check(); })`,
  );
  const openedMs = await opened.evaluate(() => (window as unknown as PagefindWindow).pfShown!);
  const openedTransfer = transfer(server.log.slice(mark));
  await fresh.close();
  const plans = new Set(urls.map((u) => (/\/plans\/([^/]+)\//u.exec(u) ?? [])[1] ?? u));
  return {
    query,
    coldMs: cold.ms,
    repeatMs: repeat.ms,
    nextMs: nextRun.ms,
    openedMs,
    count: cold.count,
    typed,
    opened: openedTransfer,
    plans,
  };
}

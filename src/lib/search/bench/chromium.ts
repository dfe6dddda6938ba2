import type { Browser, Page } from 'playwright-core';
import { gzipOf, rawOf } from './sizes.ts';

export interface Measured {
  query: string;
  coldMs: number;
  repeatMs: number;
  nextMs: number;
  /** Bytes fetched before the first results, as served (no compression here) and as gzip. */
  raw: number;
  gzip: number;
  count: number;
}

/**
 * Every file a page fetched, workers included (Pagefind fetches from a worker, which the page's
 * resource timing does not see), sized from the served files themselves.
 */
function recorder(page: Page, siteDir: string): () => { path: string; bytes: number }[] {
  const paths: string[] = [];
  page.on('requestfinished', (r) => paths.push(new URL(r.url()).pathname));
  return () => paths.map((path) => ({ path, bytes: rawOf(siteDir, path) }));
}

/** Our results page: type the query on a freshly opened page, then a different one, then it again. */
export async function measureOurs(browser: Browser, url: string, siteDir: string, query: string, next: string): Promise<Measured> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const resources = recorder(page, siteDir);
  await page.goto(`${url}/bench/`);
  await page.waitForSelector('[data-search-root][data-state="done"]');
  const run = async (q: string) => {
    await page.fill('#search-q-main', q);
    await page.waitForSelector(`[data-search-root][data-state="done"][data-query="${q}"]`);
    return Number(await page.getAttribute('[data-search-root]', 'data-ms'));
  };
  const coldMs = await run(query);
  const files = resources();
  const count = Number((/(\d+) 条结果/u.exec(await page.innerText('[data-search-status]')) ?? [])[1] ?? 0);
  const nextMs = await run(next);
  const repeatMs = await run(query);
  await context.close();
  return { query, coldMs, repeatMs, nextMs, count, raw: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + gzipOf(siteDir, f.path), 0) };
}

/** Pagefind the way its default UI searches: search, then load the first ten results' data. */
export async function measurePagefind(browser: Browser, url: string, siteDir: string, query: string, next: string): Promise<Measured & { plans: Set<string> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const resources = recorder(page, siteDir);
  await page.goto(`${url}/pf/`);
  await page.waitForFunction(() => (window as unknown as { pagefindReady?: boolean }).pagefindReady === true);
  const run = (q: string) => page.evaluate(async (text) => {
    const pf = (window as unknown as { pagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } }).pagefind;
    const started = performance.now();
    const found = await pf.search(text);
    await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return { ms: performance.now() - started, count: found.results.length };
  }, q);
  const cold = await run(query);
  const files = resources();
  const nextRun = await run(next);
  const repeat = await run(query);
  const urls = await page.evaluate(async (text) => {
    const pf = (window as unknown as { pagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } }).pagefind;
    const found = await pf.search(text);
    const out: string[] = [];
    for (let i = 0; i < found.results.length; i += 50) out.push(...(await Promise.all(found.results.slice(i, i + 50).map(async (r) => (await r.data()).url))));
    return out;
  }, query);
  await context.close();
  const plans = new Set(urls.map((u) => (/\/plans\/([^/]+)\//u.exec(u) ?? [])[1] ?? u));
  return { query, coldMs: cold.ms, repeatMs: repeat.ms, nextMs: nextRun.ms, count: cold.count, plans, raw: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + gzipOf(siteDir, f.path), 0) };
}

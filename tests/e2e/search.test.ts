// Types a query on the built fixture site, narrows it with a facet, and follows a result to its
// source passage, in Chromium with nothing but the site's own files.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { fixtureSession } from './fixture-session.ts';
import { JIA } from './fixture-ids.ts';

const suite = hasChromium
  ? 'search in Chromium'
  : 'search in Chromium: SKIPPED because /usr/bin/chromium is not installed';

describe.skipIf(!hasChromium)(suite, () => {
  const session = fixtureSession();
  const outside: string[] = [];
  const dialogs: string[] = [];

  async function open(path: string): Promise<Page> {
    const page = await session.browser.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(session.url)) outside.push(r.url());
    });
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await page.goto(session.url + path);
    return page;
  }

  const settled = (page: Page, q: string) =>
    page.waitForSelector(`[data-search-root][data-state="done"][data-query="${q}"]`);

  it('updates results while typing, narrows them by a facet, and keeps both in the URL', async () => {
    const page = await open('/search/');
    await page.locator('#search-q-main').pressSequentially('孕产妇死亡率', { delay: 30 });
    await settled(page, '孕产妇死亡率');
    expect(await page.locator('[data-search-tabs] [data-kind="target"] .count').innerText()).toBe('3');
    expect(await page.locator('.search-result.kind-target').count()).toBe(3);
    expect(await page.locator('.search-result mark.search-hit').first().innerText()).toBe('孕产妇死亡率');
    // The URL takes the query once typing pauses.
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('孕产妇死亡率');

    await page.locator('[data-dim="level"] button[data-value="city"]').click();
    await expect.poll(() => page.locator('.search-result.kind-target').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('level')).toBe('city');
    expect(await page.locator('.search-result .search-region').first().innerText()).toBe('甲市');
    // Everything is listed: no button offers more.
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);

    await page.goBack();
    await expect.poll(() => page.locator('.search-result.kind-target').count()).toBe(3);
    expect(new URL(page.url()).searchParams.get('level')).toBeNull();
    await page.close();
  });

  it('opens a shared link with its facet applied and follows a result to its marked source', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('孕产妇死亡率')}&level=city`);
    await settled(page, '孕产妇死亡率');
    expect(await page.locator('.search-result.kind-target').count()).toBe(1);
    await page.locator('.search-result.kind-target .search-links a', { hasText: '原文位置' }).click();
    await page.waitForURL(new RegExp(`/plans/${JIA}/\\?hl=.*#${JIA}-i2$`, 'u'));
    const target = page.locator(`[id="${JIA}-i2"]`);
    expect(await target.evaluate((n) => n.matches(':target'))).toBe(true);
    // The marking is done by the header's search box script, present on every page.
    expect(await page.locator('header form.search-box').count(), 'SearchBox must be in SiteHeader.astro').toBe(1);
    await expect.poll(() => target.locator('mark.search-hit').count()).toBeGreaterThan(0);
    expect(await target.locator('mark.search-hit').first().innerText()).toBe('孕产妇死亡率');
    expect(await target.evaluate((n) => n.classList.contains('search-source'))).toBe(true);
    await page.close();
  });

  it('names the region filter by its plan id in the URL, and applies it from a shared link', async () => {
    const q = '孕产妇死亡率';
    const page = await open(`/search/?q=${encodeURIComponent(q)}`);
    await settled(page, q);
    const region = page.locator('[data-dim="region"] button').first();
    const label = await region.innerText();
    await region.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('plan')).toMatch(/^fixture-/u);
    await settled(page, q);
    const plan = new URL(page.url()).searchParams.get('plan')!;
    const shown = await page.locator('.search-result').count();
    expect(await page.locator('[data-dim="region"] button[aria-pressed="true"]').innerText()).toBe(label);
    const shared = await open(`/search/?q=${encodeURIComponent(q)}&plan=${encodeURIComponent(plan)}`);
    await settled(shared, q);
    expect(await shared.locator('.search-result').count()).toBe(shown);
    expect(await shared.locator('[data-dim="region"] button[aria-pressed="true"]').innerText()).toBe(label);
    await page.close();
    await shared.close();
  });

  it('shows tasks and paragraphs in their own tabs, and plan names as text only', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('预期寿命')}`);
    await settled(page, '预期寿命');
    await page.locator('[data-search-tabs] [data-kind="paragraph"]').click();
    await expect.poll(() => page.locator('.search-result.kind-paragraph').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('paragraph');
    const href = await page.locator('.search-result.kind-paragraph .search-links a').first().getAttribute('href');
    expect(href).toMatch(/\/plans\/[^/]+\/\?hl=.+#p\d+|#x\d+$/u);
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('on a phone, folds the filters away so the first result is on screen, and opens them on request', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${session.url}/search/?q=${encodeURIComponent('孕产妇死亡率')}`);
    await settled(page, '孕产妇死亡率');
    expect(await page.locator('[data-search-filter]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await expect
      .poll(() =>
        page
          .locator('.search-result')
          .first()
          .evaluate((el) => el.getBoundingClientRect().top < innerHeight),
      )
      .toBe(true);
    await page.locator('[data-search-filter] > summary').click();
    await page.locator('[data-dim="level"] button[data-value="city"]').click();
    await expect.poll(() => page.locator('.search-result.kind-target').count()).toBe(1);
    await page.close();
  });
});

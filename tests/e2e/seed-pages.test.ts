// The project's own (real, damaged) plans built into the site and read in Chromium: their tables
// in the plan text, links landing on a row, search counts, citations and conflicts on results.
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from './axe.ts';
import { hasChromium, launchChromium } from './browser.ts';
import { buildSeedSite } from './build-site.ts';
import { serveStatic } from '../../src/lib/serve/static-server.ts';

const WUHAN = 'wuhan-jingkai-health-2021-2025';
const ORDOS = 'ordos-health-2021-2025';
const suite = hasChromium ? 'seed plans in Chromium' : 'seed plans: SKIPPED because /usr/bin/chromium is not installed';

describe.skipIf(!hasChromium)(suite, () => {
  let browser: Browser;
  let context: BrowserContext;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let dist = '';

  beforeAll(async () => {
    dist = buildSeedSite();
    site = await serveStatic(dist);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(site.url + path);
    return page;
  }

  const search = async (page: Page, q: string) => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector(`[data-search-root][data-state="done"]`);
  };

  it('draws 武汉经开区’s indicator table as a table, one row per indicator', async () => {
    const page = await open(`/plans/${WUHAN}/`);
    const row = page.locator('table.source-table tr', { hasText: '人均预期寿命' }).first();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.map((c) => c.trim())).toEqual(expect.arrayContaining(['83.11', '83.14', '82.4', '预期性']));
    expect(await page.locator('table.source-table').count()).toBeGreaterThanOrEqual(1);
    // one cell per line made the page 39,666 px high
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(25_000);
    await page.close();
  });

  it('scrolls a target in a table into view with context above it, and marks it', async () => {
    const page = await open(`/plans/${WUHAN}/`);
    const id = await page
      .locator('table.source-table mark.target', { hasText: '婴儿死亡率' })
      .first()
      .getAttribute('id');
    await page.goto(`${site.url}/plans/${WUHAN}/#${id}`);
    const box = await page.evaluate((i) => {
      const el = document.getElementById(i)!;
      return { top: el.getBoundingClientRect().top, outline: getComputedStyle(el).outlineStyle };
    }, id!);
    expect(box.top).toBeGreaterThan(900 * 0.15);
    expect(box.top).toBeLessThan(900 * 0.5);
    expect(box.outline).toBe('solid');
    await page.close();
  });

  it('lands a line anchor (#p71-r5) on its table row and outlines the row', async () => {
    const page = await open(`/plans/${WUHAN}/`);
    const anchor = await page.locator('table.source-table .row-anchor').nth(4).getAttribute('id');
    expect(anchor).toMatch(/^p\d+-r\d+$/u);
    await page.goto(`${site.url}/plans/${WUHAN}/#${anchor}`);
    const row = await page.evaluate((a) => {
      const tr = document.getElementById(a)!.closest('tr')!;
      return { top: tr.getBoundingClientRect().top, outline: getComputedStyle(tr).outlineStyle };
    }, anchor!);
    expect(row.outline).toBe('solid');
    expect(row.top).toBeGreaterThan(50);
    await page.close();
  });

  it('keeps the name, baseline and target of a table row in view on a phone', async () => {
    const page = await open(`/plans/${WUHAN}/`, 390);
    const row = page.locator('table.source-table tr', { hasText: '婴儿死亡率' }).first();
    const boxes = await row.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON()));
    // the group cell (健康水平) spans from the row above: name, 2020 value and 2025 target come first
    for (const b of boxes.slice(0, 3)) expect(b.right).toBeLessThanOrEqual(390);
    for (const b of boxes) expect(b.width).toBeGreaterThanOrEqual(3 * 14);
    await page.close();
  });

  it.each(['每千人口执业医师', '人均预期寿命', '家庭医生签约服务'])(
    '%s: every tab counts exactly the rows it lists, and the headline names the tab',
    async (q) => {
      const page = await context.newPage();
      await search(page, q);
      for (const kind of ['target', 'task', 'paragraph']) {
        await page.locator(`[data-search-tabs] [data-kind="${kind}"]`).click();
        await page.waitForSelector(`[data-search-tabs] [data-kind="${kind}"][aria-selected="true"]`);
        await page.waitForSelector(`[data-search-root][data-state="done"]`);
        const count = Number(await page.locator(`[data-search-tabs] [data-kind="${kind}"] .count`).innerText());
        expect(await page.locator('.search-result').count(), `${q} ${kind}`).toBe(count);
        const name = { target: '量化目标', task: '重点任务', paragraph: '规划原文' }[kind];
        expect(await page.locator('[data-search-status]').innerText()).toContain(`${name} ${count} 条`);
        const facet = page.locator('[data-dim="province"] .count');
        const sum = (await facet.allInnerTexts()).reduce((s, n) => s + Number(n), 0);
        expect(sum, `${q} ${kind} provinces`).toBe(count);
      }
      await page.close();
    },
  );

  it('copies from a search result the same citation as the plan page', async () => {
    const page = await context.newPage();
    await search(page, '人均预期寿命');
    const result = page.locator('.search-result.kind-target').first();
    const id = (await result.getAttribute('data-id'))!;
    await result.locator('button.cite-copy').click();
    await expect.poll(() => result.locator('.cite-status').innerText()).toContain('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const plan = id.replace(/-i[0-9a-f]+$/u, '');
    await page.goto(`${site.url}/plans/${plan}/`);
    const onPlan = await page.locator(`.cite[data-record="${id}"] .cite-text`).textContent();
    const lines = copied.split('\n');
    expect(lines[0]).toBe(onPlan!.split('\n')[0]);
    expect(lines[1]).toMatch(/^原文：“/u);
    expect(lines.some((l) => l.startsWith('参考文献：'))).toBe(true);
    expect(lines.at(-1)).toBe(`链接：${site.url}/plans/${plan}/#${id}`);
    await page.close();
  });

  it('spreads a long plan’s tasks over pages and sends a first-page link on to its task', async () => {
    const page = await open('/plans/xiangtan-healthy-city-2017-2030/tasks/');
    expect(await page.locator('h1').innerText()).toContain('重点任务（53）');
    expect(await page.locator('section.task-detail').count()).toBe(27);
    expect(await page.locator('.task-toc li').count()).toBe(53);
    const later = page.locator('.task-toc a[href*="/tasks/2/#"]').first();
    const hash = await later.evaluate((a) => (a as HTMLAnchorElement).hash);
    // a link made in the browser (search, compare) names the first page
    await page.goto(`${site.url}/plans/xiangtan-healthy-city-2017-2030/tasks/${hash}`);
    await page.waitForURL(`**/plans/xiangtan-healthy-city-2017-2030/tasks/2/${hash}`);
    expect(await page.locator(`section.task-detail[id="${decodeURIComponent(hash.slice(1))}"]`).count()).toBe(1);
    expect(await page.locator('section.task-detail').count()).toBe(26);
    await page.close();
  });

  it('copies a task result’s citation too', async () => {
    const page = await context.newPage();
    await search(page, '家庭医生签约服务');
    await page.locator('[data-search-tabs] [data-kind="task"]').click();
    await page.waitForSelector('[data-search-tabs] [data-kind="task"][aria-selected="true"]');
    const result = page.locator('.search-result.kind-task').first();
    await result.locator('button.cite-copy').click();
    await expect.poll(() => result.locator('.cite-status').innerText()).toContain('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`#${await result.getAttribute('data-id')}`);
    expect(copied.split('\n')[1]).toMatch(/^原文：“/u);
    await page.close();
  });

  it('says on a search result that the plan states the target twice with different values', async () => {
    const page = await context.newPage();
    await search(page, '人均预期寿命');
    const ordos = page.locator('.search-result.kind-target', { hasText: '鄂尔多斯' });
    expect(await ordos.count()).toBe(2);
    await expect.poll(() => ordos.locator('.conflict:not([hidden])').count()).toBe(2);
    const notes = await ordos.locator('.conflict').allInnerTexts();
    expect(notes.join('\n')).toMatch(/表述不一本规划另有表述：76\.8岁/u);
    expect(notes.join('\n')).toMatch(/76\.3岁/u);
    const href = await ordos.locator('.conflict a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^/plans/${ORDOS}/#${ORDOS}-i`, 'u'));
    await page.close();
  });

  it('opens a repair note with a tap on a phone', async () => {
    const page = await open(`/plans/${ORDOS}/`, 390);
    const note = page.locator('.target-item details.tap-note').first();
    expect(await note.locator('.tap-note-text').isVisible()).toBe(false);
    await note.locator('summary').click();
    expect(await note.locator('.tap-note-text').isVisible()).toBe(true);
    expect((await note.locator('.tap-note-text').innerText()).length).toBeGreaterThan(2);
    // a flag in the text shows its note once tapped (it takes focus)
    const flag = page.locator('.source-text .flag[data-note]').first();
    await flag.click();
    const after = await flag.evaluate((el) => ({
      focused: document.activeElement === el,
      content: getComputedStyle(el, '::after').content,
      note: (el as HTMLElement).dataset['note'],
    }));
    expect(after.focused).toBe(true);
    expect(after.content).toBe(`"${after.note}"`);
    await page.close();
  });

  it.each([
    [`/plans/${WUHAN}/`, 1280],
    [`/plans/${ORDOS}/`, 390],
    ['/search/?q=人均预期寿命', 390],
  ] as const)('%s at %i px has no accessibility violation', async (path, width) => {
    const page = await open(path, width);
    if (path.startsWith('/search/')) {
      await page.waitForSelector('[data-search-root][data-state="done"]');
      await page.waitForSelector('.search-result .conflict:not([hidden])');
    }
    expect(await audit(page)).toEqual([]);
    await page.close();
  });
});

// Drives the built fixture site in Chromium the way an official would use it.
import { readFileSync, rmSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './browser.ts';
import { buildFixtureSite } from './build-site.ts';
import { BING, JIA, YI } from './fixture-ids.ts';
import { serveStatic } from './static-server.ts';

const browserSuite = hasChromium ? 'in Chromium' : 'in Chromium: SKIPPED because /usr/bin/chromium is not installed';

describe.skipIf(!hasChromium)(browserSuite, () => {
  let browser: Browser;
  let context: BrowserContext;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  const dialogs: string[] = [];

  let dist = '';

  beforeAll(async () => {
    dist = buildFixtureSite();
    site = await serveStatic(dist);
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    context.on('page', (page) => page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message()))));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('shows the counts on the home page', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const stat = (label: string) => page.locator(`[data-stat="${label}"] .value`).innerText();
    expect(await stat('规划')).toBe('3');
    expect(await stat('地区')).toBe('3');
    expect(await stat('量化目标')).toBe('9');
    expect(await stat('重点任务')).toBe('4');
    await page.close();
  });

  it('lists several plans on an indicator page, most ambitious first', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/indicators/maternal-mortality/`);
    const regions = await page.locator('table.target-table tbody th[scope="row"]').allInnerTexts();
    expect(regions.length).toBeGreaterThanOrEqual(2);
    expect(regions.slice(0, 2)).toEqual(['甲市', '乙县']);
    expect(await page.locator('tr.not-comparable').innerText()).toContain('不可比');
    expect(await page.locator('figure.chart svg rect').count()).toBe(2);
    await page.close();
  });

  it('copies a citation to the clipboard from the keyboard', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/plans/${JIA}/`);
    const button = page.locator('button.cite-copy').first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cite-status').first().innerText()).toContain('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('《甲市“十四五”卫生健康发展规划》（甲政办发〔2022〕8号）提出，到2025年人均预期寿命不低于80岁。');
    expect(copied).toContain('原文：“人均预期寿命达到80岁以上”');
    expect(copied).toMatch(/\[EB\/OL\]\. \(2022-03-15\)\[\d{4}-\d{2}-\d{2}\]\. http:\/\/www\.example\.gov\.cn\/jia\/ghjh\/2022\/0315\.html\.$/u);
    await page.close();
  });

  it('downloads an indicator table as CSV with a BOM', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/indicators/life-expectancy/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.csv-link').click()]);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('人均预期寿命');
    await page.close();
  });

  it('narrows the comparison to the plans in the query', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/compare/?plans=${JIA},${YI}`);
    expect(await page.locator('thead th[data-plan]:visible').count()).toBe(2);
    await page.locator(`input[value="${BING}"]`).check();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.locator(`input[value="${JIA}"]`).uncheck();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toBe(`?plans=${BING},${YI}`);
    await page.close();
  });

  it('runs no script and fires no handler from plan text', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/plans/${BING}/`);
    await page.locator('mark.target').first().hover();
    expect(await page.locator('[onmouseover]').count()).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].some((s) => s.text.includes('alert(1)')))).toBe(false);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

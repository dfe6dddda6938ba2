// The fixture site's navigation, print and table behaviour in Chromium: the 规划 nav item, the
// 地区 card, print without the search box, sortable tables, phone column classes, methodology code.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser.ts';
import { fixtureSession } from './fixture-session.ts';
import { JIA } from './fixture-ids.ts';

const suite = hasChromium
  ? 'site chrome in Chromium'
  : 'site chrome: SKIPPED because /usr/bin/chromium is not installed';

/** A table put into the page before its scripts run, as a page would write it. */
const SORTABLE = `
<table id="t-sort" data-sortable>
  <thead><tr><th scope="col">地区</th><th scope="col" class="num">目标</th><th scope="col" data-sort="none">原文</th></tr></thead>
  <tbody>
    <tr><th scope="row">乙县</th><td class="num">≤12/10万</td><td>b</td></tr>
    <tr><th scope="row">丙区</th><td class="num">9</td><td>c</td></tr>
    <tr><th scope="row">甲市</th><td class="num">≤10/10万</td><td>a</td></tr>
    <tr><th scope="row">安县</th><td class="num"></td><td>d</td></tr>
  </tbody>
</table>`;

const PHONE = `
<div class="table-scroll" id="t-phone-wrap"><table id="t-phone">
  <thead><tr><th class="col-key col-sticky">地区</th><th class="col-key">目标</th><th class="col-key">年份</th>
  <th class="col-aside">基线</th><th class="col-text">原文</th><th>比较</th><th>上级目标</th><th>属性</th></tr></thead>
  <tbody><tr><th scope="row" class="col-key col-sticky">开远市</th><td class="col-key">≥95%</td><td class="col-key">2025年</td>
  <td class="col-aside">90%</td><td class="col-text">到2025年，孕产妇系统管理率达到95%以上，婴儿死亡率控制在5‰以下</td>
  <td>达到</td><td>红河州目标 ≥90%</td><td>预期性</td></tr></tbody>
</table></div>`;

describe.skipIf(!hasChromium)(suite, () => {
  const session = fixtureSession();

  async function open(path: string, width = 1280, inject?: string): Promise<Page> {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } });
    if (inject)
      await page.addInitScript((html) => {
        const put = () => {
          const main = document.querySelector('main');
          if (!main || document.getElementById('injected')) return;
          const box = document.createElement('div');
          box.id = 'injected';
          box.innerHTML = html;
          main.prepend(box);
        };
        new MutationObserver(put).observe(document, { childList: true, subtree: true });
      }, inject);
    await page.goto(session.url + path);
    return page;
  }

  it('has 规划 in the header nav, current on a plan page', async () => {
    const page = await open(`/plans/${JIA}/`);
    const item = page.locator('nav[aria-label="主导航"] a', { hasText: /^规划$/u });
    expect(await item.getAttribute('href')).toBe('/plans/');
    expect(await item.getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  it('links the 地区 card on the home page to the plans by region', async () => {
    const page = await open('/');
    const link = page.locator('[data-stat="地区"] a');
    expect(await link.innerText()).toBe('地区');
    await link.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#by-region');
    expect(await page.locator('#by-region').innerText()).toContain('地区');
    await page.close();
  });

  it('prints without the header search box or nav', async () => {
    const page = await open('/indicators/maternal-mortality/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header .search-box').isVisible()).toBe(false);
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('table').first().isVisible()).toBe(true);
    await page.close();
  });

  it('sorts a marked table by a header button: pinyin for names, values for numbers, empty last', async () => {
    const page = await open('/indicators/maternal-mortality/', 1280, SORTABLE);
    const names = () => page.locator('#t-sort tbody th').allInnerTexts();
    const region = page.locator('#t-sort thead th').nth(0);
    const button = region.locator('button.sort-button');
    expect(await button.getAttribute('aria-label')).toBe('按“地区”排序');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await region.getAttribute('aria-sort')).toBe('ascending');
    expect(await names()).toEqual(['安县', '丙区', '甲市', '乙县']);
    await page.keyboard.press('Enter');
    expect(await region.getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual(['乙县', '甲市', '丙区', '安县']);
    await page.keyboard.press('Enter');
    expect(await region.getAttribute('aria-sort')).toBeNull();
    expect(await names()).toEqual(['乙县', '丙区', '甲市', '安县']);
    // a click anywhere on the header cell sorts; numbers by value, the empty cell last
    await page.locator('#t-sort thead th').nth(1).click();
    expect(await page.locator('#t-sort thead th').nth(1).getAttribute('aria-sort')).toBe('ascending');
    expect(await region.getAttribute('aria-sort')).toBeNull();
    expect(await names()).toEqual(['丙区', '甲市', '乙县', '安县']);
    expect(await page.locator('#t-sort thead th').nth(2).locator('button').count()).toBe(0);
    await page.close();
  });

  it('keeps the key columns of a wide table readable on a phone', async () => {
    const page = await open('/', 390, PHONE);
    const cell = (sel: string) =>
      page.locator(`#t-phone tbody ${sel}`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set([...range.getClientRects()].map((x) => Math.round(x.top))).size;
        return { left: r.left, lines, display: getComputedStyle(el).display };
      });
    const region = await cell('th');
    const target = await cell('td:nth-of-type(1)');
    const year = await cell('td:nth-of-type(2)');
    // key columns on one line each: no "开/远/市"
    for (const c of [region, target, year]) expect(c.lines).toBe(1);
    expect((await cell('td.col-text')).lines).toBeGreaterThan(1);
    expect((await cell('td.col-aside')).display).toBe('none');
    expect(await page.locator('#t-phone-wrap').evaluate((w) => w.scrollWidth > w.clientWidth)).toBe(true);
    // scrolled sideways, the region stays in view
    await page.locator('#t-phone-wrap').evaluate((w) => (w.scrollLeft = 200));
    const after = await cell('th');
    expect(after.left).toBeGreaterThanOrEqual(0);
    expect(after.left).toBeLessThan(40);
    await page.close();
  });

  it('shows the methodology YAML example whole, in the page’s ink, on a phone', async () => {
    const page = await open('/methodology/', 390);
    const pre = page.locator('pre[data-language="yaml"]');
    expect(await pre.evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
    expect(await pre.innerText()).toContain('national / province / city / district / county，必填');
    const colors = await pre
      .locator('span[style]')
      .evaluateAll((spans) => [...new Set(spans.map((s) => getComputedStyle(s).color))]);
    expect(colors.every((c) => c === 'rgb(29, 39, 51)' || c === 'rgb(84, 96, 110)')).toBe(true);
    await page.close();
  });
});

// Drives the built fixture site in Chromium the way an official would use it.
import { readFileSync, rmSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './browser.ts';
import { buildFixtureSite } from './build-site.ts';
import { BING, JIA, YI } from './fixture-ids.ts';
import { serveStatic } from '../../src/lib/serve/static-server.ts';

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
    expect(await stat('量化目标')).toBe('12');
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
    // each of the page's identical buttons says what it cites
    expect(await button.getAttribute('aria-label')).toBe('复制引用：人均预期寿命');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cite-status').first().innerText()).toContain('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n');
    expect(lines[0]).toBe(
      '《甲市“十四五”卫生健康发展规划》（甲政办发〔2022〕8号）提出，到2025年人均预期寿命达到80岁以上。',
    );
    expect(lines[1]).toBe('原文：“人均预期寿命达到80岁以上”');
    expect(lines[2]).toBe('文件：《甲市“十四五”卫生健康发展规划》（甲政办发〔2022〕8号）');
    expect(lines[3]).toMatch(
      /^参考文献：甲市人民政府办公室\. 甲市“十四五”卫生健康发展规划: 甲政办发〔2022〕8号\[EB\/OL\]\. \(2022-03-15\)\[\d{4}-\d{2}-\d{2}\]\. http:\/\/www\.example\.gov\.cn\/jia\/ghjh\/2022\/0315\.html\.$/u,
    );
    expect(lines[4]).toBe(`链接：${site.url}/plans/${JIA}/#${JIA}-i1`);
    // the block holds only the record's own lines; opened, it shows the whole citation as copied
    const shown = page.locator('.cite .cite-text').first();
    expect((await shown.textContent())?.split('\n')).toEqual(lines.slice(0, 2));
    expect(await page.locator('.cite-source').count()).toBe(1);
    await page.locator('.cite summary').first().click();
    await expect.poll(() => shown.textContent()).toBe(copied);
    // the permalink really leads to the marked passage
    await page.goto(lines[4]!.slice(3));
    expect(await page.locator(`#${JIA}-i1`).innerText()).toBe('人均预期寿命达到80岁以上');
    await page.close();
  });

  it('leads from a task on its plan page to its section on the plan’s task page, and on to a similar task', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/plans/${JIA}/`);
    await page.locator('.task-item a', { hasText: '任务详情与相似任务' }).first().click();
    await page.waitForURL(`**/plans/${JIA}/tasks/#${JIA}-t1`);
    const section = page.locator(`section.task-detail[id="${JIA}-t1"]`);
    expect(await section.locator('h2').innerText()).toBe('加强基层医疗卫生服务');
    expect(await page.locator('section.task-detail').count()).toBe(2);
    expect(await section.locator('.unit-links').first().innerText()).toContain('市卫生健康委');
    const similar = section.locator('ul.similar-tasks a').first();
    const href = await similar.getAttribute('href');
    expect(href).toBe(`/plans/${YI}/tasks/#${YI}-t1`);
    await similar.click();
    await page.waitForURL(`**${href}`);
    // the same link is listed the other way round
    const back = page.locator(`section.task-detail[id="${YI}-t1"] ul.similar-tasks a`);
    expect(await back.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain(
      `/plans/${JIA}/tasks/#${JIA}-t1`,
    );
    await page.close();
  });

  it('names what each citation button of a topic table cites, from its row', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/topics/primary-care/`);
    const button = page.locator('table button.cite-copy').first();
    const row = page.locator('table tbody tr').first();
    const region = (await row.locator('td').first().innerText()).trim();
    const name = (await row.locator('th[scope="row"]').innerText()).trim();
    expect(await button.getAttribute('aria-label')).toBe(`复制引用：${region} ${name}`);
    await page.close();
  });

  it('downloads an indicator table as CSV with a BOM', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/indicators/life-expectancy/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.csv-link').click()]);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('人均预期寿命');
    expect(csv.split('\r\n')[0]).toContain('原文位置');
    expect(csv).toContain(`/plans/${JIA}/#${JIA}-i1`);
    expect(csv).toContain('参考文献');
    await page.close();
  });

  it('downloads an indicator table as .xlsx whose sheet holds the cells', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/indicators/maternal-mortality/`);
    const files = unzip(await download(page, 'a.xlsx-link'));
    expect(files['[Content_Types].xml']).toContain('spreadsheetml');
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('<t xml:space="preserve">孕产妇死亡率控制在10/10万以下</t>');
    expect(sheet).toMatch(/<c r="N2"><v>10<\/v><\/c>/u);
    await page.close();
  });

  it('copies the comparison as shown: chosen regions only, marks as on screen', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/compare/?plans=${JIA},${YI}`);
    await page.locator('table.compare-table tbody tr').first().waitFor();
    await page.locator('button.copy-table[data-table="compare-targets"]').click();
    await expect.poll(() => page.locator('.tools-status').first().innerText()).toContain('已复制');
    const text = await page.evaluate(async () =>
      (await (await navigator.clipboard.read())[0]!.getType('text/plain')).text(),
    );
    const lines = text.split('\n');
    expect(lines[1]).toBe('指标\t甲市\t乙县');
    // each cell also carries the target's attribute and baseline when the plan states them
    expect(lines.find((l) => l.startsWith('孕产妇死亡率'))).toMatch(
      /\t≤10\/10万 2025年 最积极[^\t]*\t≤12\/10万（已修复） 2025年/u,
    );
    expect(text).not.toContain('丙区');
    await page.close();
  });

  it('copies a table so that it pastes into Word as a table', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/indicators/maternal-mortality/`);
    await page.locator('button.copy-table').click();
    await expect.poll(() => page.locator('.tools-status').innerText()).toContain('已复制');
    const { html, text } = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        html: await (await item!.getType('text/html')).text(),
        text: await (await item!.getType('text/plain')).text(),
      };
    });
    expect(html).toMatch(/<table[^>]*>.*<th[^>]*>地区<\/th>.*<td[^>]*>最积极 ≤10\/10万<\/td>/su);
    expect(html).not.toContain('<button');
    expect(text).toContain('甲市\t');
    await page.close();
  });

  it('downloads the full data as a ZIP with records as JSON, texts, cited tables and a README', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const files = unzip(await download(page, 'a[href$="planatlas-data.zip"]'));
    const records = ['plans', 'indicators', 'tasks', 'units', 'issues', 'outline', 'paragraphs'];
    expect(
      Object.keys(files)
        .filter((f) => f.startsWith('records/'))
        .sort(),
    ).toEqual(records.map((name) => `records/${name}.json`).sort());
    expect(
      Object.keys(files)
        .filter((f) => f.startsWith('tables/'))
        .sort(),
    ).toEqual(['tables/targets-cited.csv', 'tables/tasks-cited.csv', 'tables/unmapped.csv']);
    expect(JSON.parse(files['records/indicators.json']!)).toHaveLength(12);
    expect(files[`texts/${JIA}.txt`]).toContain('人均预期寿命达到80岁以上');
    expect(files['README.md']).toContain('## 如何引用');
    expect(files['tables/targets-cited.csv']).toContain('引用表述');
    await page.close();
  });

  it('offers the library-wide tables as Excel, with their CSV inside the archive only', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/unmapped/`);
    const link = page.locator('.table-tools a.archive-csv');
    expect(await link.innerText()).toContain('tables/unmapped.csv');
    const files = unzip(await download(page, '.table-tools a.archive-csv'));
    expect(files['tables/unmapped.csv']?.split('\r\n')[0]).toContain('使用该名称的规划数');
    expect(files['tables/tasks-cited.csv']).toContain('引用表述');
    for (const name of ['targets', 'tasks', 'unmapped']) {
      expect((await fetch(`${site.url}/downloads/${name}.xlsx`)).status).toBe(200);
      expect((await fetch(`${site.url}/downloads/${name}.csv`)).status).toBe(404);
    }
    expect((await fetch(`${site.url}/downloads/plans.csv`)).status).toBe(200);
    await page.close();
  });

  it('compares the plans in the query, fetching only theirs, and keeps a changed choice in the URL', async () => {
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/plans/')) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site.url}/compare/?plans=${JIA},${YI}`);
    await expect.poll(() => page.locator('table.compare-table thead th[data-plan]').count()).toBe(2);
    expect(fetched.sort()).toEqual([`/data/plans/${JIA}.json`, `/data/plans/${YI}.json`]);
    // each target in the table can be cited from where it stands
    expect(await page.locator('table.compare-table td button.cite-copy').count()).toBeGreaterThan(1);
    await page.locator(`input[value="${BING}"]`).check();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toBe(`?plans=${JIA},${YI},${BING}`);
    await expect
      .poll(() => page.locator('table.compare-table thead th[data-plan]').allInnerTexts())
      .toEqual(['甲市', '乙县', '丙区<script>alert(1)</script>']);
    await page.locator(`input[value="${JIA}"]`).uncheck();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toBe(`?plans=${YI},${BING}`);
    await page.getByRole('button', { name: '移除 乙县（2023—2025）' }).click();
    await expect.poll(() => page.locator('.compare-hint').innerText()).toContain('请至少选择两个地区');
    await page.close();
  });

  it('shows the chosen plans’ tasks side by side by topic, and exports just that selection', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/compare/?plans=${JIA},${YI}`);
    await page.locator('table.compare-tasks tbody tr').first().waitFor();
    expect(await page.locator('table.compare-tasks thead th[data-plan]:visible').allInnerTexts()).toEqual([
      '甲市',
      '乙县',
    ]);
    const topics = await page.locator('table.compare-tasks tbody tr:visible th').allInnerTexts();
    expect(topics).toContain('基层医疗卫生');
    expect(topics).not.toContain('健康促进');
    const book = unzip(await download(page, 'button[data-export="xlsx"]'));
    expect(book['xl/workbook.xml']).toContain('name="对照"');
    expect(book['xl/worksheets/sheet1.xml']).toContain('乙县');
    expect(book['xl/worksheets/sheet1.xml']).not.toContain('丙区');
    const csv = readFileSync(await downloadPath(page, 'button[data-export="targets-csv"]'), 'utf8');
    expect(csv).toContain('甲市');
    expect(csv).not.toContain('丙区');
    await page.close();
  });

  it('loads nothing from outside the site', async () => {
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        outside.push(r.url());
    });
    for (const path of [
      '/',
      `/plans/${JIA}/`,
      '/indicators/maternal-mortality/',
      `/compare/?plans=${JIA},${YI}`,
      '/quality/',
      '/methodology/',
    ]) {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
    }
    expect(outside).toEqual([]);
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

async function downloadPath(page: Page, selector: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  return file.path();
}

async function download(page: Page, selector: string): Promise<Uint8Array> {
  return readFileSync(await downloadPath(page, selector));
}

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

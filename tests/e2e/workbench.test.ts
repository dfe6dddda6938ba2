// The drafting workbench in Chromium: choose a region and peers, type a value, read its rank,
// and take the table away as Word, from the static files alone.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './browser.ts';
import { buildFixtureSite } from './build-site.ts';
import { BING, JIA, YI } from './fixture-ids.ts';
import { JIA_OLD, SHENG, workbenchLibrary } from './workbench-library.ts';
import { serveStatic } from '../../src/lib/serve/static-server.ts';

const suite = hasChromium ? 'workbench in Chromium' : 'workbench: SKIPPED because /usr/bin/chromium is not installed';

async function saved(page: Page, selector: string): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return readFileSync(await file.path());
}

/** The text of each cell of the first Word table, row by row. */
function wordTable(docx: Uint8Array): string[][] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  // A4 landscape, the heading row repeated on each page
  expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/u);
  expect(xml).toContain('<w:tblHeader/>');
  const table = /<w:tbl>[\s\S]*<\/w:tbl>/u.exec(xml)?.[0] ?? '';
  const decode = (t: string) =>
    t
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&apos;/gu, "'")
      .replace(/&amp;/gu, '&');
  const runs = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => decode(m[1]!)).join('');
  // one paragraph per line of the cell
  const text = (cell: string) => [...cell.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/gu)].map((p) => runs(p[0])).join('\n');
  return [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/gu)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/gu)].map((c) => text(c[0])),
  );
}

describe.skipIf(!hasChromium)(suite, () => {
  let browser: Browser;
  let context: BrowserContext;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let dist = '';
  let library = '';

  beforeAll(async () => {
    const inputs = workbenchLibrary();
    library = join(inputs.data, '..');
    dist = buildFixtureSite(inputs);
    site = await serveStatic(dist);
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
    if (library) rmSync(library, { recursive: true, force: true });
  });

  it('keeps the page free of the library: no plan is named in its HTML', () => {
    const html = readFileSync(join(dist, 'workbench', 'index.html'), 'utf8');
    for (const id of [JIA, YI, BING, SHENG, JIA_OLD]) expect(html).not.toContain(id);
    expect(html).toContain('href="/compare/"');
  });

  it('picks a region and peers, ranks a typed value and exports it to Word', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.url}/workbench/`);
    await expect.poll(() => page.locator('.wb-status').innerText()).toContain('请选择起草地区');
    await page.locator('select.wb-plan').selectOption(JIA);
    await expect.poll(() => page.locator('input.wb-year').inputValue()).toBe('2025');
    // no city besides 甲市 aims at 2025, so the county of the province is suggested
    await expect.poll(() => page.locator('.picker-chosen li').allInnerTexts()).toEqual(['乙县（2023—2025） 移除']);
    await expect(page.locator('.wb-peer-hint').innerText()).resolves.toContain('已建议同省其他地区');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe(`?plan=${JIA}&year=2025`);

    // the region itself is not offered as its own peer
    await expect.poll(() => page.locator('.picker-plans input').count()).toBe(2);
    expect(await page.locator(`.picker-plans input[value="${JIA}"]`).count()).toBe(0);
    await page.locator(`.picker-plans input[value="${BING}"]`).check();
    await expect
      .poll(() => decodeURIComponent(new URL(page.url()).search))
      .toBe(`?plan=${JIA}&year=2025&peers=${YI},${BING}`);
    await expect.poll(() => page.locator('#workbench-table thead th[data-plan]').count()).toBe(2);

    const mmr = page.locator('#workbench-table tr[data-indicator="maternal-mortality"]');
    // 丙区 writes ‰ and aims at 2030: set, but left out of the median with the reason
    await expect.poll(() => mmr.locator('td.wb-median').innerText()).toContain('12/10万');
    expect(await mmr.locator('td.wb-median').innerText()).toContain('2 地设定，可比 1');
    expect(await mmr.locator(`td[data-plan="${BING}"]`).innerText()).toContain('不可比单位“‰”与“/10万”不同');
    // the last plan of 甲市 and the province's plan stand beside the peers
    expect(await page.locator('#workbench-table thead').innerText()).toContain('甲市（2016—2020）');
    const cells = await mmr.locator('td').allInnerTexts();
    expect(cells[2]).toContain('≤14/10万');
    expect(cells[3]).toContain('省级：测试省');
    expect(cells[3]).toContain('≤12/10万');
    await mmr.locator('input.wb-value').fill('11');
    await expect.poll(() => mmr.locator('.wb-rank').innerText()).toBe('在 2 个目标中居第 1 位（1 为最积极）');
    expect(await mmr.locator('.wb-vs-higher').innerText()).toBe('低于上级目标，比上级更积极');
    expect(await mmr.locator('.wb-vs-previous').innerText()).toBe('比上期目标更积极');
    await mmr.locator('input.wb-value').fill('13');
    await expect.poll(() => mmr.locator('.wb-rank').innerText()).toBe('在 2 个目标中居第 2 位（1 为最积极）');
    expect(await mmr.locator('.wb-vs-higher').innerText()).toBe('高于上级目标，未达上级要求');

    // the values typed are in the URL too: opened again, the row says the same
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('maternal-mortality:13');
    const again = await context.newPage();
    await again.goto(page.url());
    const mmrAgain = again.locator('#workbench-table tr[data-indicator="maternal-mortality"]');
    await expect.poll(() => mmrAgain.locator('.wb-rank').innerText()).toBe('在 2 个目标中居第 2 位（1 为最积极）');
    expect(await mmrAgain.locator('input.wb-value').inputValue()).toBe('13');
    await again.close();

    // each figure opens its citation
    await mmr.locator(`td[data-plan="${YI}"] details summary`).click();
    expect(await mmr.locator(`td[data-plan="${YI}"] details`).innerText()).toContain(
      '乙县卫生健康事业高质量发展实施方案',
    );

    const docxBefore = requests.filter((u) => /docx/iu.test(new URL(u).pathname)).length;
    const table = wordTable(await saved(page, 'button[data-export="docx"]'));
    expect(docxBefore).toBe(0);
    expect(table[0]).toContain('资料来源');
    const row = table.find((r) => r[0] === '孕产妇死亡率')!;
    const col = (name: string) => row[table[0]!.indexOf(name)]!;
    expect(col('拟定值')).toBe('13');
    expect(col('拟定值定位')).toContain('居第 2 位');
    expect(col('本地上期目标')).toBe('甲市：≤14/10万（2020年）[1]');
    expect(col('上级目标')).toBe('省级 测试省：≤12/10万（2025年）[2]');
    expect(col('同类地区目标').split('\n')).toEqual([
      '乙县：≤12/10万（已修复）（2025年，约束性）[3]',
      '丙区<script>alert(1)</script>：<0.1‰（2030年）[4]（不可比：单位“‰”与“/10万”不同）',
    ]);
    expect(col('同类地区中位数')).toBe('12');
    expect(col('资料来源')).toContain('[2] 《测试省“十四五”卫生健康规划》');
    expect(col('资料来源')).toContain('[3] 《乙县卫生健康事业高质量发展实施方案（2023—2025年）》');
    expect(col('资料来源')).toContain(`${site.url}/plans/${YI}/#`);

    const outside = requests.filter((u) => !u.startsWith(site.url) && !/^(data|blob):/u.test(u));
    expect(outside).toEqual([]);
    await page.close();
  });

  it('drafts for a new region by name, province and level, with the province’s cities as peers', async () => {
    const page = await context.newPage();
    await page.goto(
      `${site.url}/workbench/?region=${encodeURIComponent('新市')}&province=${encodeURIComponent('测试省')}&level=city&year=2025`,
    );
    await expect
      .poll(() => page.locator('#workbench-table thead th[data-plan]').allInnerTexts())
      .toEqual([expect.stringContaining('甲市')]);
    expect(await page.locator('.wb-title').innerText()).toBe('起草参考：新市（2025年目标）');
    const beds = page.locator('#workbench-table tr[data-indicator="beds-per-1000"]');
    await beds.locator('input.wb-value').fill('7');
    await expect.poll(() => beds.locator('.wb-rank').innerText()).toBe('在 2 个目标中居第 1 位（1 为最积极）');
    // no plan of 新市 is in the library: the province's plan is found through the catalogue
    expect(await beds.locator('.wb-vs-higher').innerText()).toBe('与上级目标持平');
    expect(await beds.locator('.wb-vs-previous').count()).toBe(0);
    const csv = strFromU8(await saved(page, 'button[data-export="csv"]'));
    expect(csv).toContain('每千人口医疗卫生机构床位数');
    expect(csv).toContain('省级 测试省：7张（2025年）[1]');
    expect(csv).toContain('甲市：6.5张（2025年，预期性）[2]');
    await page.close();
  });
});

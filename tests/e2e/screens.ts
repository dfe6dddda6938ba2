/**
 * Screenshots of the main pages built from the fixture, for looking at layout changes:
 *   npx tsx tests/e2e/screens.ts [outDir]      (PNGs go to tmp/screens/)
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { buildFixtureSite, ROOT } from './build-site.ts';
import { serveStatic } from '../../src/lib/serve/static-server.ts';

const PAGES: [string, string][] = [
  ['home', '/'],
  ['plan', '/plans/fixture-jia-2021-2025/#fixture-jia-2021-2025-i1'],
  ['indicator', '/indicators/maternal-mortality/'],
  ['compare', '/compare/?plans=fixture-jia-2021-2025,fixture-yi-2023-2025'],
  ['workbench', '/workbench/?plan=fixture-jia-2021-2025&year=2025&peers=fixture-yi-2023-2025,fixture-bing-2021-2030'],
  ['quality', '/quality/'],
  ['task', '/plans/fixture-jia-2021-2025/tasks/'],
  ['unmapped', '/unmapped/'],
];

const out = process.argv[2] ?? join(ROOT, 'tmp', 'screens');
mkdirSync(out, { recursive: true });
const dist = buildFixtureSite();
const site = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, path] of PAGES) {
      await page.goto(site.url + path);
      await page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true });
    }
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}/indicators/maternal-mortality/`);
    await page.screenshot({ path: join(out, `indicator-print-${width}.png`), fullPage: true });
    await page.goto(`${site.url}${PAGES[3]![1]}`);
    await page.screenshot({ path: join(out, `compare-print-${width}.png`), fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(dist, { recursive: true, force: true });
}
console.log(`screenshots in ${out}`);

// Every page type of the built fixture site, checked with axe-core in Chromium at desktop and
// phone width: no WCAG 2.1 A/AA violation (contrast, names, landmarks, ARIA) on any of them.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type * as AxeCore from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from './browser.ts';
import { buildFixtureSite, ROOT } from './build-site.ts';
import { JIA, YI } from './fixture-ids.ts';
import { serveStatic } from '../../src/lib/serve/static-server.ts';

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** One page of each type; search with a query so its results and facets are drawn too. */
export const PAGE_TYPES: [name: string, path: string][] = [
  ['home', '/'],
  ['plans', '/plans/'],
  ['plan', `/plans/${JIA}/`],
  ['task', `/tasks/${JIA}-t1/`],
  ['indicators', '/indicators/'],
  ['indicator', '/indicators/maternal-mortality/'],
  ['compare', `/compare/?plans=${JIA},${YI}`],
  ['topics', '/topics/'],
  ['topic', '/topics/primary-care/'],
  ['departments', '/departments/'],
  ['department', '/departments/health/'],
  ['quality', '/quality/'],
  ['unmapped', '/unmapped/'],
  ['methodology', '/methodology/'],
  ['search', '/search/?q=孕产妇死亡率'],
  ['404', '/404.html'],
];

interface Finding {
  id: string;
  impact: string | null;
  targets: string[];
}

const suite = hasChromium ? 'axe-core in Chromium' : 'axe-core: SKIPPED because /usr/bin/chromium is not installed';

describe.skipIf(!hasChromium)(suite, () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let dist = '';

  beforeAll(async () => {
    dist = buildFixtureSite();
    site = await serveStatic(dist);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  async function audit(page: Page): Promise<Finding[]> {
    await page.addScriptTag({ content: AXE });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof AxeCore }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      }));
    });
  }

  for (const width of [1280, 390]) {
    it.each(PAGE_TYPES)(`%s at ${width} px has no violation`, async (_, path) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(site.url + path);
      if (path.startsWith('/search/')) await page.waitForSelector('[data-search-root][data-state="done"]');
      const findings = await audit(page);
      await page.close();
      expect(findings).toEqual([]);
    });
  }
});

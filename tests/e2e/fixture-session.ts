import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from '../../src/lib/serve/static-server.ts';
import { launchChromium } from './browser.ts';
import { buildFixtureSite } from './build-site.ts';

export interface FixtureSession {
  /** Chromium, open once the block's tests start. */
  browser: Browser;
  /** Where the built fixture site is served. */
  url: string;
}

/**
 * For one describe block: builds the fixture site, serves it and opens Chromium before its tests,
 * and closes and deletes all of it after them. Read the fields inside tests, not before.
 */
export function fixtureSession(): FixtureSession {
  const session = { url: '' } as FixtureSession;
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let dist = '';
  beforeAll(async () => {
    dist = buildFixtureSite();
    site = await serveStatic(dist);
    session.url = site.url;
    session.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    await site?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });
  return session;
}

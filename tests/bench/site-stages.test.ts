import { describe, expect, it } from 'vitest';
import { firstLoadAssets } from '../../src/lib/bench/site/first-load.ts';
import { growthExponent } from '../../src/lib/bench/site/growth.ts';
import { stageOfLine } from '../../src/lib/bench/site/stages.ts';

describe('site benchmark', () => {
  it('assigns each build line to the step it closes', () => {
    expect(stageOfLine('> tsx scripts/build.ts', 'extraction')).toBe('extraction');
    expect(stageOfLine('planatlas: extraction 12.0 s · 10 of 10 plans', 'extraction')).toBe('extraction');
    expect(stageOfLine('12:03:13 [vite] ✓ built in 648ms', 'data preparation')).toBe('data preparation');
    expect(stageOfLine('12:03:13   ├─ /plans/a/index.html (+3ms)', 'data preparation')).toBe('page rendering');
    expect(stageOfLine('12:03:13   ├─ /search/f12.bin (+1ms)', 'page rendering')).toBe('search index');
    expect(stageOfLine('12:03:13   └─ /downloads/targets.csv (+90ms)', 'search index')).toBe('downloads');
    expect(stageOfLine('12:03:13   ├─ /files/a.pdf (+1ms)', 'page rendering')).toBe('downloads');
    expect(stageOfLine('12:03:14 [build] Complete!', 'downloads')).toBe('downloads');
  });

  it('counts what a page loads before it is usable, not what it fetches later', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">' +
      '<script type="module" src="/_astro/b.js"></script><link rel="preload" as="fetch" href="data.json">' +
      '<a href="/plans/">x</a><script src="https://example.org/x.js"></script>';
    expect(firstLoadAssets(html, '/compare/index.html').sort()).toEqual([
      '/_astro/a.css',
      '/_astro/b.js',
      '/compare/data.json',
    ]);
  });

  it('fits the growth exponent between two sizes', () => {
    expect(growthExponent(1000, 10, 5000, 50)).toBeCloseTo(1, 6);
    expect(growthExponent(1000, 10, 5000, 250)).toBeCloseTo(2, 6);
    expect(growthExponent(1000, 0, 5000, 50)).toBeNull();
  });
});

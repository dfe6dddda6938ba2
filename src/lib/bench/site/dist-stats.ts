import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadAssets } from './first-load.ts';

export interface PageWeight {
  page: string;
  /** Bytes of the HTML. */
  html: number;
  /** HTML plus the stylesheets, scripts and preloaded data it needs before it can be used. */
  firstLoad: number;
  /** The same, gzip-compressed as a server would send it. */
  firstLoadGzip: number;
}

export interface DistStats {
  pages: number;
  files: number;
  bytes: number;
  largestPage: PageWeight;
  heaviestFirstLoad: PageWeight;
  pagesOver: { mb1: number; kb300: number };
}

/** Counts and weighs what a build wrote; a page's first load is measured from its own tags. */
export function distStats(dist: string): DistStats {
  const sizes = new Map<string, number>();
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dist, name));
    if (stat.isFile()) sizes.set(`/${name}`, stat.size);
  }
  const weights: { page: string; html: number; assets: string[] }[] = [];
  for (const [path, html] of sizes) {
    if (!path.endsWith('.html')) continue;
    const assets = firstLoadAssets(readFileSync(join(dist, path), 'utf8'), path).filter((a) => sizes.has(a));
    weights.push({ page: path, html, assets });
  }
  const loadOf = (w: (typeof weights)[number]) => w.assets.reduce((sum, a) => sum + sizes.get(a)!, w.html);
  const gzipOf = (path: string) => gzipSync(readFileSync(join(dist, path))).length;
  const weigh = (w: (typeof weights)[number]): PageWeight => ({
    page: relative('/', w.page),
    html: w.html,
    firstLoad: loadOf(w),
    firstLoadGzip: [w.page, ...w.assets].reduce((sum, p) => sum + gzipOf(p), 0),
  });
  const largest = weights.reduce((a, b) => (b.html > a.html ? b : a));
  const heaviest = weights.reduce((a, b) => (loadOf(b) > loadOf(a) ? b : a));
  return {
    pages: weights.length,
    files: sizes.size,
    bytes: [...sizes.values()].reduce((a, b) => a + b, 0),
    largestPage: weigh(largest),
    heaviestFirstLoad: weigh(heaviest),
    pagesOver: {
      mb1: weights.filter((w) => w.html > 1 << 20).length,
      kb300: weights.filter((w) => loadOf(w) > 300 * 1024).length,
    },
  };
}

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
  /** What the files and folders take on the disk they were written to, in whole blocks. */
  allocated: number;
  /** Bytes of the files under each top folder of the site ("" for those at its root), largest first. */
  byFolder: [string, number][];
  largestPage: PageWeight;
  heaviestFirstLoad: PageWeight;
  pagesOver: { mb1: number; kb300: number };
}

/** Counts and weighs what a build wrote; a page's first load is measured from its own tags. */
export function distStats(dist: string): DistStats {
  const sizes = new Map<string, number>();
  const folders = new Map<string, number>();
  let allocated = 0;
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dist, name));
    allocated += stat.blocks * 512;
    if (!stat.isFile()) continue;
    sizes.set(`/${name}`, stat.size);
    const top = /[/\\]/u.test(name) ? name.split(/[/\\]/u)[0]! : '';
    folders.set(top, (folders.get(top) ?? 0) + stat.size);
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
    allocated,
    byFolder: [...folders].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    largestPage: weigh(largest),
    heaviestFirstLoad: weigh(heaviest),
    pagesOver: {
      mb1: weights.filter((w) => w.html > 1 << 20).length,
      kb300: weights.filter((w) => loadOf(w) > 300 * 1024).length,
    },
  };
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distStats } from '../../src/lib/bench/site/dist-stats.ts';

const dist = mkdtempSync(join(tmpdir(), 'dist-stats-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}

describe('distStats', () => {
  it('counts pages and files, and weighs the files by top folder', () => {
    write('index.html', '<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>x</body></html>');
    write('_astro/a.css', 'b{}'.repeat(100));
    write('plans/p1/index.html', `<html><body>${'字'.repeat(1000)}</body></html>`);
    write('plans/p1/tasks/index.html', '<html><body>t</body></html>');
    write('downloads/d.csv', 'a,b\n');
    const stats = distStats(dist);
    expect(stats.pages).toBe(3);
    expect(stats.files).toBe(5);
    expect(stats.largestPage.page).toBe('plans/p1/index.html');
    const plans = stats.byFolder.find(([f]) => f === 'plans')![1];
    expect(plans).toBe(Buffer.byteLength(`<html><body>${'字'.repeat(1000)}</body></html>`) + 27);
    expect(stats.byFolder[0]![0]).toBe('plans');
    expect(stats.byFolder.map(([f]) => f)).toEqual(expect.arrayContaining(['', '_astro', 'downloads']));
    expect(stats.byFolder.reduce((s, [, b]) => s + b, 0)).toBe(stats.bytes);
    expect(stats.heaviestFirstLoad.page).toBe('plans/p1/index.html');
    // whole blocks, and the folders themselves, take more than the bytes written
    expect(stats.allocated).toBeGreaterThan(stats.bytes);
  });
});

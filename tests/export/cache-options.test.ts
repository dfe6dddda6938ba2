import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashTree } from '../../src/lib/export/cache/hash-tree.ts';
import { parseExtractArgs, UsageError } from '../../src/lib/export/cli-options.ts';

describe('where the cache lives', () => {
  const cacheOf = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    parseExtractArgs(['--out', 'out', ...args], env).cache;

  it('defaults to .cache inside the export folder', () => {
    expect(cacheOf([])).toBe(join('out', '.cache'));
    expect(cacheOf([], { PLANATLAS_CACHE: '' })).toBe(join('out', '.cache'));
  });

  it('moves to --cache, else to PLANATLAS_CACHE', () => {
    expect(cacheOf(['--cache', '/c/x'], { PLANATLAS_CACHE: '/c/y' })).toBe('/c/x');
    expect(cacheOf([], { PLANATLAS_CACHE: '/c/y' })).toBe('/c/y');
  });

  it('is off with --no-cache or PLANATLAS_CACHE=off|0|no|false', () => {
    expect(cacheOf(['--no-cache'])).toBeUndefined();
    expect(cacheOf(['--no-cache'], { PLANATLAS_CACHE: '/c/y' })).toBeUndefined();
    for (const off of ['off', '0', 'no', 'FALSE', ' Off '])
      expect(cacheOf([], { PLANATLAS_CACHE: off })).toBeUndefined();
    expect(() => cacheOf(['--no-cache', '--cache', 'x'])).toThrow(UsageError);
  });
});

describe('hashTree (the extractor and lexicon versions)', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('changes when any file under the paths is edited, added, renamed or removed', () => {
    root = mkdtempSync(join(tmpdir(), 'planatlas-hash-'));
    mkdirSync(join(root, 'code', 'stages'), { recursive: true });
    writeFileSync(join(root, 'code', 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'code', 'stages', 'b.ts'), 'export const b = 2;\n');
    const paths = [join(root, 'code'), join(root, 'lock.json')];
    let previous = hashTree(paths);
    expect(hashTree(paths)).toBe(previous);
    const steps = [
      () => writeFileSync(join(root, 'code', 'stages', 'b.ts'), 'export const b = 3;\n'),
      () => writeFileSync(join(root, 'code', 'stages', 'c.ts'), ''),
      () => renameSync(join(root, 'code', 'stages', 'c.ts'), join(root, 'code', 'c.ts')),
      () => rmSync(join(root, 'code', 'c.ts')),
      () => writeFileSync(join(root, 'lock.json'), '{}'),
    ];
    for (const step of steps) {
      step();
      const hash = hashTree(paths);
      expect(hash).not.toBe(previous);
      previous = hash;
    }
  });

  it('tells contents apart from names: "ab"+"c" is not "a"+"bc"', () => {
    root = mkdtempSync(join(tmpdir(), 'planatlas-hash-'));
    writeFileSync(join(root, 'x'), 'ab');
    writeFileSync(join(root, 'y'), 'c');
    const first = hashTree([root]);
    writeFileSync(join(root, 'x'), 'a');
    writeFileSync(join(root, 'y'), 'bc');
    expect(hashTree([root])).not.toBe(first);
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseExtractArgs, UsageError } from '../../src/lib/export/cli-options.ts';
import { runExtract } from '../../src/lib/export/run-extract.ts';
import type { Issue } from '../../src/lib/types.ts';
import { stubExtractPlan, stubLexicon } from './fixtures.ts';

const META = 'region: 测试市\nlevel: city\nperiod: [2021, 2025]\n';
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A plans dir with one plan per text, and an options object writing into a sibling dir. */
function setup(texts: Record<string, string>, strict = false) {
  root = mkdtempSync(join(tmpdir(), 'planatlas-run-'));
  const plans = join(root, 'plans');
  const out = join(root, 'out');
  mkdirSync(plans);
  for (const [id, text] of Object.entries(texts)) {
    writeFileSync(join(plans, `${id}.txt`), text);
    writeFileSync(join(plans, `${id}.yaml`), META);
  }
  return { out, plans, lexicon: join(root, 'lexicon'), strict, quiet: false };
}

function deps() {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    run: {
      extractPlan: stubExtractPlan,
      loadLexicon: () => stubLexicon,
      log: (l: string) => lines.push(l),
      error: (l: string) => errors.push(l),
    },
  };
}

describe('runExtract', () => {
  it('exits 0 and prints a line per plan when all goes well', async () => {
    const options = setup({ a: '正文', b: '正文' });
    const d = deps();
    const run = await runExtract(options, d.run);
    expect(run.exitCode).toBe(0);
    expect(d.lines.filter((l) => /^[ab]: indicators 2 table \+ 0 text, tasks 1, units 1/.test(l))).toHaveLength(2);
    expect(d.lines.at(-1)).toContain(options.out);
    expect(existsSync(join(options.out, 'report.md'))).toBe(true);
  });

  it('exits 1 when one plan fails, and still exports the others', async () => {
    const options = setup({ a: '正文', b: 'BOOM', c: '正文' });
    const d = deps();
    const run = await runExtract(options, d.run);
    expect(run.exitCode).toBe(1);
    const plans = JSON.parse(readFileSync(join(options.out, 'plans.json'), 'utf8')) as { id: string }[];
    expect(plans.map((p) => p.id)).toEqual(['a', 'c']);
    const issues = JSON.parse(readFileSync(join(options.out, 'issues.json'), 'utf8')) as Issue[];
    expect(issues).toMatchObject([{ plan: 'b', code: 'extract-failed', severity: 'error' }]);
    expect(d.errors.join('\n')).toContain('stub exploded');
  });

  it('exits 1 for an unreadable plan file', async () => {
    const options = setup({ a: '正文', empty: '' });
    const run = await runExtract(options, deps().run);
    expect(run.exitCode).toBe(1);
    expect(run.results).toHaveLength(1);
  });

  it('fails on warnings only with --strict', async () => {
    const lenient = setup({ a: 'WARN' });
    expect((await runExtract(lenient, deps().run)).exitCode).toBe(0);
    rmSync(root, { recursive: true, force: true });
    const strict = setup({ a: 'WARN' }, true);
    expect((await runExtract(strict, deps().run)).exitCode).toBe(1);
  });

  it('exits 1 without writing when the lexicon cannot be loaded', async () => {
    const options = setup({ a: '正文' });
    const d = deps();
    const failing = { ...d.run, loadLexicon: () => Promise.reject(new Error('bad lexicon')) };
    const run = await runExtract(options, failing);
    expect(run.exitCode).toBe(1);
    expect(existsSync(options.out)).toBe(false);
    expect(d.errors[0]).toContain('bad lexicon');
  });

  it('prints nothing but errors with --quiet', async () => {
    const options = { ...setup({ a: '正文', b: 'BOOM' }), quiet: true };
    const d = deps();
    await runExtract(options, d.run);
    expect(d.lines).toEqual([]);
    expect(d.errors).toHaveLength(1);
  });
});

describe('parseExtractArgs', () => {
  it('applies defaults and requires --out', () => {
    expect(parseExtractArgs(['--out', 'data', '--strict'], {})).toEqual({
      out: 'data',
      plans: 'content/plans',
      lexicon: 'content/lexicon',
      strict: true,
      quiet: false,
      cache: join('data', '.cache'),
    });
    expect(() => parseExtractArgs([])).toThrow(UsageError);
    expect(() => parseExtractArgs(['--out', 'x', '--bogus'])).toThrow(UsageError);
  });
});

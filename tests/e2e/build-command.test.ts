import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-site.ts';

describe('npm run build', () => {
  it('extracts and builds from the directories the PLANATLAS_* variables name', () => {
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    const work = mkdtempSync(join(ROOT, 'tmp', 'build-command-'));
    const plans = join(work, 'plans');
    mkdirSync(plans);
    for (const ext of ['.txt', '.yaml']) {
      copyFileSync(
        join(ROOT, 'content/plans', `kaiyuan-health-action-2023-2025${ext}`),
        join(plans, `only-plan${ext}`),
      );
    }
    const data = join(work, 'data');
    const out = join(work, 'dist');
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--outDir', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, PLANATLAS_CONTENT: plans, PLANATLAS_DATA: data, PLANATLAS_BUILD_DATE: '2026-01-15' },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const ids = (JSON.parse(readFileSync(join(data, 'plans.json'), 'utf8')) as { id: string }[]).map((p) => p.id);
    expect(ids).toEqual(['only-plan']);
    expect(existsSync(join(out, 'plans', 'only-plan', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'plans', 'kaiyuan-health-action-2023-2025'))).toBe(false);
  });
});

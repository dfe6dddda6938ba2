import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURE = join(ROOT, 'tests', 'fixtures', 'site');
/** Pinned so citations in the built pages are the same on every run. */
export const BUILD_DATE = '2026-01-15';

/**
 * Builds the site from the fixture export into a fresh directory, in a child process so the
 * build sees its inputs only through the environment, exactly as a deployment would.
 */
export function buildFixtureSite(
  inputs: { data: string; content: string } = {
    data: join(FIXTURE, 'export'),
    content: join(FIXTURE, 'content', 'plans'),
  },
): string {
  return buildSite(inputs.data, inputs.content);
}

/**
 * Extracts the project's own plans (content/plans: the real, damaged seeds) and builds the site
 * from that export, for checks that need real tables, conflicts and search misses.
 */
export function buildSeedSite(): string {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const data = mkdtempSync(join(ROOT, 'tmp', 'seed-export-'));
  const extract = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      join(ROOT, 'scripts', 'extract.ts'),
      '--out',
      data,
      '--quiet',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (extract.status !== 0) throw new Error(`extraction failed:\n${extract.stdout}\n${extract.stderr}`);
  try {
    return buildSite(data, join(ROOT, 'content', 'plans'));
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}

function buildSite(data: string, content: string): string {
  // Inside the project on purpose: for an outDir elsewhere the build keeps its intermediate
  // files in one shared folder of the project, and two builds at once would overwrite each other.
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, 'tmp', 'site-build-'));
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        PLANATLAS_DATA: data,
        PLANATLAS_CONTENT: content,
        PLANATLAS_BUILD_DATE: BUILD_DATE,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  if (result.status !== 0) throw new Error(`site build failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

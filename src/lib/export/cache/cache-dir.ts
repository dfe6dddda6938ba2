import { join } from 'node:path';

const OFF = new Set(['0', 'off', 'no', 'false']);

/**
 * Where the extraction cache lives: the folder given on the command line, else PLANATLAS_CACHE,
 * else `.cache` inside the export folder (so deleting the export clears it too). PLANATLAS_CACHE
 * set to 0, off, no or false turns it off. Undefined: no cache.
 */
export function cacheDir(out: string, given: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (given !== undefined && given !== '') return given;
  const variable = env['PLANATLAS_CACHE']?.trim();
  if (variable !== undefined && OFF.has(variable.toLowerCase())) return undefined;
  return variable || join(out, '.cache');
}

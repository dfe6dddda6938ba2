import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../read/decode.ts';

/** One file of an extraction export. */
export function readExportJson<T>(dir: string, name: string): T {
  const path = join(dir, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(
      `${path} cannot be read (${(error as Error).message}): run "npm run extract -- --out ${dir}" first`,
      {
        cause: error,
      },
    );
  }
}

/** A plan's decoded text, the one every offset of the export points into (encoding detected as extraction does). */
export function readPlanText(contentDir: string, file: string): string {
  return decodeBytes(readFileSync(join(contentDir, file)), file).text;
}

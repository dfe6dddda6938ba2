import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeBytes } from '../../src/lib/read/decode.ts';

/** A plan text to mutate: the project's seeds and the shared samples (txt and md). */
export interface Base {
  name: string;
  text: string;
  format: 'txt' | 'md';
}

const FOLDERS = ['content/plans', '../shared/samples'];

export function loadBases(): Base[] {
  return FOLDERS.filter((dir) => existsSync(dir)).flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => ['.txt', '.md'].includes(extname(name)))
      .sort()
      .map((name) => ({
        name,
        // Decoded as the build decodes them: a sample may be GBK.
        text: decodeBytes(readFileSync(join(dir, name)), name).text,
        format: extname(name) === '.md' ? ('md' as const) : ('txt' as const),
      })),
  );
}

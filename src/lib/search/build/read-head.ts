import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileNames, type Manifest } from '../format.ts';
import { decodeHead } from '../head.ts';
import { unpackSync } from './pack.ts';

/** The manifest of an index written to a folder. */
export function readManifest(indexDir: string): Manifest {
  return decodeHead(unpackSync(readFileSync(join(indexDir, fileNames.head))));
}

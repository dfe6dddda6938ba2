import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { sha256 } from '../../read/sha256.ts';
import { CACHE_FORMAT } from './versions.ts';

export interface PlanKey {
  /** The cache entry's name: changes with any input that could change the plan's records. */
  key: string;
  /** SHA-256 of the plan file's bytes, checked against what the reader read. */
  fileSha: string;
}

/**
 * The key of one plan: its file's bytes, its metadata YAML's bytes (absent counts too), the path
 * its id and messages come from, and the versions of the extractor and the lexicon. Null when the
 * file cannot be read: the reader then reports why, as without a cache.
 */
export function planKey(path: string, rel: string, extractor: string, lexicon: string): PlanKey | null {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const fileSha = sha256(bytes);
  const yamlPath = `${path.slice(0, path.length - extname(path).length)}.yaml`;
  const yaml = yamlSha(yamlPath);
  const parts = [CACHE_FORMAT, extractor, lexicon, rel, fileSha, yaml];
  return { key: createHash('sha256').update(JSON.stringify(parts)).digest('hex'), fileSha };
}

function yamlSha(path: string): string | null {
  try {
    return sha256(readFileSync(path));
  } catch {
    return null;
  }
}

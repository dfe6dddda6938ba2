import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDoc } from '../../read/types.ts';
import type { Issue, PlanExtraction } from '../../types.ts';

/** What the export needs of a plan as read, without the grids and blocks only extraction uses. */
export type CachedSource = Pick<
  SourceDoc,
  'meta' | 'text' | 'sha256' | 'encoding' | 'format' | 'setApart' | 'detected' | 'metaFilled'
>;

/** One plan's reading and extraction, everything the export writes for it. */
export interface CacheEntry {
  key: string;
  source: CachedSource;
  /** The reader's warnings (damaged bytes), which the run reports beside the extraction's. */
  readIssues: Issue[];
  extraction: PlanExtraction;
}

const entryPath = (dir: string, key: string) => join(dir, `${key}.json`);
const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The entry stored under `key`, or null when there is none or it cannot be trusted: the first line
 * is the SHA-256 of the rest, so a truncated or altered file is re-extracted, never used.
 */
export function readEntry(dir: string, key: string): CacheEntry | null {
  let content;
  try {
    content = readFileSync(entryPath(dir, key), 'utf8');
  } catch {
    return null;
  }
  const newline = content.indexOf('\n');
  if (newline < 0) return null;
  const body = content.slice(newline + 1);
  if (content.slice(0, newline) !== digest(body)) return null;
  try {
    const entry = JSON.parse(body) as CacheEntry;
    return entry.key === key && typeof entry.source?.text === 'string' && entry.extraction?.plan ? entry : null;
  } catch {
    return null;
  }
}

/** Writes through a temporary file, so a run stopped halfway leaves no half-written entry. */
export function writeEntry(dir: string, entry: CacheEntry): void {
  const body = JSON.stringify(entry);
  const path = entryPath(dir, entry.key);
  const temporary = `${path}.${process.pid}.tmp`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(temporary, `${digest(body)}\n${body}`, 'utf8');
  renameSync(temporary, path);
}

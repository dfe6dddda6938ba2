import type { ListedFile } from '../../read/list-files.ts';
import { readPlan, type ReadPlan } from '../../read/read-source.ts';
import type { SourceDoc } from '../../read/types.ts';
import type { PlanExtraction } from '../../types.ts';
import { planKey, type PlanKey } from './plan-key.ts';
import { prune } from './prune.ts';
import { readEntry, writeEntry, type CacheEntry } from './store.ts';
import { extractorVersion, lexiconVersion } from './versions.ts';

/** One run's view of the cache: reads plans through it, then stores what was extracted anew. */
export interface PlanCache {
  /** Reads a plan as `readPlan` does, from its cache entry when one matches (no reader runs). */
  read: (plan: ListedFile) => ReadPlan;
  /** The stored extraction of a plan `read` found in the cache. */
  extraction: (id: string) => PlanExtraction | undefined;
  /** Keeps a plan read anew and its extraction for the next run. */
  store: (source: SourceDoc, extraction: PlanExtraction) => void;
  /** Plans that came from the cache so far. */
  hits: () => number;
  /** Deletes the entries of plans this run neither found nor stored (edited, renamed, removed). */
  prune: () => void;
  /** Why entries could not be written (the run still succeeds, only slower next time). */
  failures: string[];
}

/** Versions are hashed once per run: a file changed during the run is seen by the next one. */
export function openCache(dir: string, lexiconDir: string): PlanCache {
  const extractor = extractorVersion();
  const lexicon = lexiconVersion(lexiconDir);
  const found = new Map<string, CacheEntry>();
  const fresh = new Map<string, ReadPlan & PlanKey>();
  const failures: string[] = [];
  const used = new Set<string>();
  return {
    read(plan) {
      const key = planKey(plan.path, plan.rel, extractor, lexicon);
      const entry = key && readEntry(dir, key.key);
      if (entry && entry.source.meta.file === plan.rel) {
        found.set(entry.source.meta.id, entry);
        used.add(entry.key);
        return { source: asSource(entry, plan.path), issues: entry.readIssues };
      }
      const read = readPlan(plan.path, plan.rel);
      if (key) fresh.set(read.source.meta.id, { ...read, ...key });
      return read;
    },
    extraction: (id) => found.get(id)?.extraction,
    store(source, extraction) {
      const read = fresh.get(source.meta.id);
      // the file changed between hashing and reading: its records belong to neither key
      if (!read || read.source !== source || source.sha256 !== read.fileSha) return;
      try {
        writeEntry(dir, { key: read.key, source: cachedSource(source), readIssues: read.issues, extraction });
        used.add(read.key);
      } catch (cause) {
        failures.push(cause instanceof Error ? cause.message : String(cause));
      }
    },
    hits: () => found.size,
    prune: () => prune(dir, used),
    failures,
  };
}

function cachedSource(s: SourceDoc): CacheEntry['source'] {
  const { meta, text, sha256, encoding, format, setApart, detected, metaFilled } = s;
  return { meta, text, sha256, encoding, format, setApart, detected, ...(metaFilled && { metaFilled }) };
}

/** Grids, blocks and pages feed extraction only, which a cached plan skips. */
function asSource(entry: CacheEntry, path: string): SourceDoc {
  return { ...entry.source, path, grids: [], blocks: [], pages: [] };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Index } from 'flexsearch';
import { bigTerms, chooseTerms } from '../choose.ts';
import { SearchEngine } from '../client/engine.ts';
import { Loader } from '../client/loader.ts';
import { unpackSync } from '../build/pack.ts';
import { readManifest } from '../build/read-head.ts';
import { fileNames } from '../format.ts';
import { intersectAll } from '../intersect.ts';
import { nameTerms, parseQuery } from '../query.ts';
import { findTermEntry } from '../term-file.ts';
import { tokenize } from '../tokenize.ts';
import { decodeIds } from '../varint.ts';
import { median } from './stats.ts';

function diskLoader(indexDir: string): Loader {
  return new Loader('disk:', null, async (url) => {
    try {
      return new Response(readFileSync(join(indexDir, url.slice('disk:'.length).replace(/\?.*$/u, ''))));
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

/** Every plan our index answers a query with (all hits, not only the first page), read from disk. */
export async function ourPlans(indexDir: string, queries: readonly string[]): Promise<Map<string, Set<string>>> {
  const loader = diskLoader(indexDir);
  const engine = new SearchEngine(loader);
  const m = await loader.manifest();
  const plans = await loader.plans();
  const facts = await engine.facts();
  const ids: string[] = [];
  for (let b = 0; b * m.planIdBlock < m.plans; b++) ids.push(...(await loader.json<string[]>(fileNames.planIds(b))));
  const out = new Map<string, Set<string>>();
  for (const q of queries) {
    const outcome = await engine.search(q);
    await outcome.facts();
    const years = outcome.query.years;
    const hits = outcome.tiers.flat().filter((id) => id >= m.counts.target || years.length === 0 || years.includes(facts.yearOf(id) ?? -1));
    const columns = facts.columns(hits, plans);
    const found = new Set<string>();
    for (const plan of columns.values[2]) if (plan >= 0) found.add(ids[plan]!);
    out.set(q, found);
  }
  return out;
}

export interface IntersectTiming {
  query: string;
  /** Ids in the lists intersected (text field, the terms a query fetches). */
  ids: number;
  oursMs: number;
  /** FlexSearch 0.8 over the same lists: importing them into an Index, and its search. */
  flexImportMs: number;
  flexSearchMs: number;
  same: boolean;
}

/**
 * The intersection the browser does, against FlexSearch doing it over the same decoded lists
 * (in Node: what the page would pay on top of loading FlexSearch's 50 KB script).
 */
export function intersectTimings(indexDir: string, queries: readonly string[]): IntersectTiming[] {
  const m = readManifest(indexDir);
  const big = bigTerms(m);
  const total = m.counts.target + m.counts.task + m.counts.paragraph;
  return queries.map((q) => {
    const query = parseQuery(q);
    const { use } = chooseTerms(query.terms, nameTerms(query), big, m.buckets);
    const lists = use.map(({ term, file }) => {
      const entry = findTermEntry(unpackSync(readFileSync(join(indexDir, file))), term);
      return { term, ids: entry ? decodeIds(entry.text) : new Int32Array(0) };
    });
    const times = (f: () => unknown) => median(Array.from({ length: 7 }, () => {
      const t = performance.now();
      f();
      return performance.now() - t;
    }));
    let ours: Int32Array = new Int32Array(0);
    const oursMs = times(() => (ours = intersectAll(lists.map((l) => l.ids))));
    // A fresh index each time, as a page has: no search of it is answered from a cache.
    const fresh = () => {
      const flex = new Index({ encode: tokenize, tokenize: 'strict', resolution: 1 });
      for (const l of lists) flex.import('map', JSON.stringify([[l.term, [Array.from(l.ids)]]]));
      return flex;
    };
    const flexImportMs = times(fresh);
    let theirs: number[] = [];
    const indexes = Array.from({ length: 7 }, fresh);
    let run = 0;
    const flexSearchMs = times(() => (theirs = indexes[run++]!.search(lists.map((l) => l.term).join(' '), { limit: total }) as number[]));
    const same = theirs.length === ours.length && [...theirs].sort((a, b) => a - b).every((id, i) => id === ours[i]);
    return { query: q, ids: lists.reduce((s, l) => s + l.ids.length, 0), oursMs, flexImportMs, flexSearchMs, same };
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigTerms, chooseTerms } from '../choose.ts';
import { SearchEngine } from '../client/engine.ts';
import { FieldIndex } from '../client/flex.ts';
import { Loader } from '../client/loader.ts';
import { unpackSync } from '../build/pack.ts';
import { readManifest } from '../build/read-head.ts';
import { fileNames } from '../format.ts';
import { nameTerms, parseQuery } from '../query.ts';
import { findTermEntry } from '../term-file.ts';
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
    const hits = outcome.tiers
      .flat()
      .filter((id) => id >= m.counts.target || years.length === 0 || years.includes(facts.yearOf(id) ?? -1));
    const columns = facts.columns(hits, plans);
    const found = new Set<string>();
    for (const plan of columns.values[2]) if (plan >= 0) found.add(ids[plan]!);
    out.set(q, found);
  }
  return out;
}

export interface FlexTiming {
  query: string;
  /** Ids in the lists the query fetches (text field). */
  ids: number;
  /** FlexSearch as the page runs it: loading the fetched lists into a fresh field index, then its search. */
  importMs: number;
  searchMs: number;
  hits: number;
}

/**
 * What FlexSearch costs a query in the page, in Node (median of 7): importing the lists a fresh
 * page has just fetched into its field index, and searching them.
 */
export function flexTimings(indexDir: string, queries: readonly string[]): FlexTiming[] {
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
    const times = (f: () => unknown) =>
      median(
        Array.from({ length: 7 }, () => {
          const t = performance.now();
          f();
          return performance.now() - t;
        }),
      );
    const fresh = () => {
      const field = new FieldIndex();
      for (const l of lists) field.load(l.term, l.ids);
      return field;
    };
    const importMs = times(fresh);
    const fields = Array.from({ length: 7 }, fresh);
    let run = 0;
    let hits = 0;
    const searchMs = times(
      () =>
        (hits = fields[run++]!.search(
          lists.map((l) => l.term),
          total,
        ).length),
    );
    return { query: q, ids: lists.reduce((s, l) => s + l.ids.length, 0), importMs, searchMs, hits };
  });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchEngine } from '../client/engine.ts';
import { FacetData } from '../client/facet-data.ts';
import { Loader } from '../client/loader.ts';
import { fileNames } from '../format.ts';

/** Every plan our index answers a query with (all hits, not only the first page), read from disk. */
export async function ourPlans(indexDir: string, queries: readonly string[]): Promise<Map<string, Set<string>>> {
  const loader = new Loader('disk:', async (url) => {
    try {
      return new Response(readFileSync(join(indexDir, url.slice('disk:'.length).replace(/\?.*$/u, ''))));
    } catch {
      return new Response(null, { status: 404 });
    }
  });
  const engine = new SearchEngine(loader);
  const m = await loader.manifest();
  const facts = new FacetData(loader, m);
  const ids = await loader.json<string[]>(fileNames.planIds);
  const out = new Map<string, Set<string>>();
  for (const q of queries) {
    const outcome = await engine.search(q);
    const hits = outcome.tiers.flat();
    await facts.load(hits, false);
    const years = outcome.query.years;
    const plans = new Set<string>();
    for (const id of hits) {
      const f = facts.facts(id);
      if (f.kind === 'target' && years.length > 0 && (f.year === null || !years.includes(f.year))) continue;
      plans.add(ids[f.plan]!);
    }
    out.set(q, plans);
  }
  return out;
}

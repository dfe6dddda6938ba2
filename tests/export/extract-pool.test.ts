import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPool, poolSize } from '../../src/lib/export/pool/extract-pool.ts';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import { loadCorpus } from '../../src/lib/read/load-corpus.ts';
import type { SourceDoc } from '../../src/lib/read/types.ts';

const root = join(import.meta.dirname, '..', '..');
const lexiconDir = join(root, 'content', 'lexicon');
const pool = extractPool(2, lexiconDir);
afterAll(() => pool.close());

describe('extraction on worker threads', () => {
  it('gives the same records as extracting in this process, in the order asked', async () => {
    const { sources } = loadCorpus(join(root, 'content', 'plans'));
    const lexicon = await loadLexicon(lexiconDir);
    const pooled = await Promise.all(sources.map((s) => pool.extractPlan(s)));
    const local = await Promise.all(sources.map((s) => extractPlan(s, lexicon)));
    expect(pooled.map((r) => r.plan.id)).toEqual(sources.map((s) => s.meta.id));
    expect(JSON.parse(JSON.stringify(pooled))).toEqual(JSON.parse(JSON.stringify(local)));
  });

  it('fails only the plan that cannot be extracted', async () => {
    const { sources } = loadCorpus(join(root, 'content', 'plans'));
    const broken = { ...sources[0]!, text: undefined } as unknown as SourceDoc;
    const [bad, good] = await Promise.allSettled([pool.extractPlan(broken), pool.extractPlan(sources[1]!)]);
    expect(bad.status).toBe('rejected');
    expect(good.status === 'fulfilled' && good.value.plan.id).toBe(sources[1]!.meta.id);
  });

  it('takes its size from PLANATLAS_WORKERS, else the cores', () => {
    expect(poolSize({ PLANATLAS_WORKERS: '3' })).toBe(3);
    expect(poolSize({ PLANATLAS_WORKERS: 'x' })).toBeGreaterThan(0);
  });
});

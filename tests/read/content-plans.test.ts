import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/read/load-corpus.ts';

describe('content/plans', () => {
  const { sources, problems } = loadCorpus('content/plans');

  it('loads every plan with valid metadata', () => {
    expect(problems).toEqual([]);
    expect(sources.length).toBeGreaterThanOrEqual(5);
  });

  it('quotes titles and issuers verbatim from the texts', () => {
    for (const { meta, text } of sources) {
      if (meta.title !== null) expect(text, meta.id).toContain(meta.title);
      if (meta.issuer !== null) expect(text, meta.id).toContain(meta.issuer);
    }
  });
});

// Permalinks are record ids and paragraph anchors: extracting the same plans again must give
// the same ones, or every link people saved and every citation they pasted would break.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import { loadCorpus } from '../../src/lib/read/load-corpus.ts';

const root = join(import.meta.dirname, '..', '..');

function ids(): string[] {
  const lexicon = loadLexicon(join(root, 'content', 'lexicon'));
  const { sources } = loadCorpus(join(root, 'content', 'plans'));
  return sources.flatMap((s) => {
    const r = extractPlan(s, lexicon);
    return [...r.indicators, ...r.tasks, ...r.units]
      .map((x) => x.id)
      .concat(r.paragraphs.map((p) => `${s.meta.id}#${p.anchor}`));
  });
}

describe('record ids and anchors', () => {
  it('are the same when the same plans are extracted again, and unique', () => {
    const first = ids();
    expect(first.length).toBeGreaterThan(100);
    expect(ids()).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mappingSummary } from '../../src/lib/lexicon/coverage/mapping.ts';
import { mappingTsv } from '../../src/lib/lexicon/coverage/mapping-tsv.ts';
import { corpora, mappedCorpus } from './mapping-corpus.ts';
import { repoRoot } from './project-lexicon.ts';

/**
 * Every mapping the lexicon makes on the seeds and samples, as a reviewed list: a changed alias,
 * name form or extraction shows here as a diff to read. UPDATE_FIXTURES=1 writes it anew.
 */
const update = process.env.UPDATE_FIXTURES === '1';
const fixture = (name: string) => join(repoRoot, 'tests/fixtures/mapping', `${name}.tsv`);

describe.each(Object.entries(corpora))('mapping of the %s', (name, dir) => {
  const corpus = existsSync(dir) ? mappedCorpus(dir) : null;

  it.skipIf(!corpus)('matches the reviewed list', () => {
    const text = mappingTsv(corpus!.rows);
    const path = fixture(name);
    if (update || !existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    expect(text).toBe(readFileSync(path, 'utf8'));
  });

  it.skipIf(!corpus)('maps the table rows and most statistical sentence targets', () => {
    const s = mappingSummary(corpus!.rows, corpus!.plans);
    expect(s.table.mapped / s.table.total).toBeGreaterThanOrEqual(0.98);
    // floors at the level reached; raise them as the lexicon grows
    expect(s.sentenceStatistical.mapped / s.sentenceStatistical.total).toBeGreaterThanOrEqual(
      name === 'seeds' ? 0.79 : 0.88,
    );
  });
});

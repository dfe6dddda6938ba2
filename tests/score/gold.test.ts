import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { writeExport } from '../../src/lib/export/write-export.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import { loadCorpus } from '../../src/lib/read/load-corpus.ts';

/**
 * Scores the export of content/plans against the hand-checked gold with the shared scorer.
 * A ratchet: ratchet.json holds the scores reached so far; raise it when extraction improves,
 * never lower it. The goal is precision ≥ 0.95 and recall ≥ 0.90 on every plan.
 */
const repo = join(import.meta.dirname, '../..');
const scorer = join(repo, '../shared/tools/score.mjs');
const ratchet = JSON.parse(readFileSync(join(import.meta.dirname, 'ratchet.json'), 'utf8')) as Record<
  string,
  { targets: Floors; tasks: Floors & { lead: number; partners: number } }
>;
interface Floors {
  precision: number;
  recall: number;
}

interface ScoreRow {
  doc: string;
  error?: string;
  badQuotes: number;
  indicators: Floors;
  tasks: Floors & { lead: number; partners: number };
}

describe.skipIf(!existsSync(scorer))('gold scores (needs ../shared/tools/score.mjs)', () => {
  let rows: ScoreRow[] = [];
  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'planatlas-score-'));
    const { sources } = loadCorpus(join(repo, 'content/plans'));
    const lexicon = loadLexicon(join(repo, 'content/lexicon'));
    writeExport(
      out,
      sources.map((s) => extractPlan(s, lexicon)),
      [],
    );
    rows = JSON.parse(
      execFileSync(process.execPath, [scorer, out, '--json', '--content', join(repo, 'content/plans')], {
        encoding: 'utf8',
      }),
    ) as ScoreRow[];
  });

  it('scores every annotated plan', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.error).toBeUndefined();
  });
  for (const [doc, floor] of Object.entries(ratchet)) {
    it(`${doc} stays at or above its ratchet`, () => {
      const r = rows.find((x) => x.doc === doc)!;
      expect(r.badQuotes).toBe(0);
      expect(r.indicators.precision).toBeGreaterThanOrEqual(floor.targets.precision);
      expect(r.indicators.recall).toBeGreaterThanOrEqual(floor.targets.recall);
      expect(r.tasks.precision).toBeGreaterThanOrEqual(floor.tasks.precision);
      expect(r.tasks.recall).toBeGreaterThanOrEqual(floor.tasks.recall);
      expect(r.tasks.lead).toBeGreaterThanOrEqual(floor.tasks.lead);
      expect(r.tasks.partners).toBeGreaterThanOrEqual(floor.tasks.partners);
    });
  }
});

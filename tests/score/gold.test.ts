import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { writeExport } from '../../src/lib/export/write-export.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import { loadCorpus } from '../../src/lib/read/load-corpus.ts';

/**
 * Scores exports against the hand-checked gold with the shared scorer: the project's plans
 * (the seeds) and the sample plans of other styles and formats. A ratchet: ratchet.json holds
 * the scores reached so far per annotated file; raise it when extraction improves, never lower it.
 */
const repo = join(import.meta.dirname, '../..');
const shared = join(repo, '../shared');
const scorer = join(shared, 'tools/score.mjs');
const ratchet = JSON.parse(readFileSync(join(import.meta.dirname, 'ratchet.json'), 'utf8')) as Record<
  string,
  { targets: Floors; tasks: Floors & { lead: number; partners: number }; textKept?: number }
>;
interface Floors {
  precision: number;
  recall: number;
}

interface ScoreRow {
  doc: string;
  error?: string;
  badQuotes: number;
  textKept: number;
  indicators: Floors;
  tasks: Floors & { lead: number; partners: number };
}

/** A folder of plans and the gold that annotates them. */
const corpora = [
  { name: 'seeds', plans: join(repo, 'content/plans'), args: [] as string[] },
  {
    name: 'samples',
    plans: join(shared, 'samples'),
    args: ['--gold', join(shared, 'samples/gold'), '--seeds', join(shared, 'samples')],
  },
];

function score(plans: string, args: readonly string[]): ScoreRow[] {
  const out = mkdtempSync(join(tmpdir(), 'planatlas-score-'));
  const { sources } = loadCorpus(plans);
  const lexicon = loadLexicon(join(repo, 'content/lexicon'));
  writeExport(
    out,
    sources.map((s) => extractPlan(s, lexicon)),
    [],
    { sources },
  );
  // the scorer exits 1 when a plan is unmatched; the rows still say which, and the tests judge them
  const run = spawnSync(process.execPath, [scorer, out, '--json', '--content', plans, ...args], { encoding: 'utf8' });
  return JSON.parse(run.stdout) as ScoreRow[];
}

describe.skipIf(!existsSync(scorer))('gold scores (needs ../shared/tools/score.mjs)', () => {
  const rows: ScoreRow[] = [];
  beforeAll(() => {
    for (const c of corpora) if (existsSync(c.plans)) rows.push(...score(c.plans, c.args));
  });

  it('scores every annotated plan of the ratchet', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const doc of Object.keys(ratchet)) {
      const r = rows.find((x) => x.doc === doc);
      expect(r, doc).toBeDefined();
      expect(r!.error, doc).toBeUndefined();
    }
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
      if (floor.textKept !== undefined) expect(r.textKept).toBeGreaterThanOrEqual(floor.textKept);
    });
  }
});

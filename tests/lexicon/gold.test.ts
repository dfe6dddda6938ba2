import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicon, repoRoot } from './project-lexicon.ts';

/**
 * Coverage of the hand annotations in ../shared/gold. The floors are the shares reached when
 * they were set; raise them as the lexicon grows, never lower them. Many gold targets are
 * plan-specific (hospital rankings, projects, training quotas) and rightly have no canonical id.
 */
const INDICATOR_FLOOR = 0.51;
const UNIT_FLOOR = 0.97;

const goldDir = join(repoRoot, '../shared/gold');
const hasGold = existsSync(goldDir);

interface Gold {
  indicators: { name: string; unit: string | null }[];
  tasks: { lead: string[]; partners: string[] }[];
}

function readGold(): Gold[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold);
}

function share(total: number, hits: number): number {
  return total === 0 ? 0 : hits / total;
}

describe.skipIf(!hasGold)('gold coverage (skipped: needs the annotations in ../shared/gold)', () => {
  it(`maps at least ${INDICATOR_FLOOR * 100}% of gold indicator names`, () => {
    const names = readGold().flatMap((g) => g.indicators);
    const hits = names.filter((i) => lexicon.matchIndicator(i.name, i.unit) !== null).length;
    expect(names.length).toBeGreaterThan(0);
    expect(share(names.length, hits)).toBeGreaterThanOrEqual(INDICATOR_FLOOR);
  });

  it(`maps at least ${UNIT_FLOOR * 100}% of non-redacted gold lead and partner units`, () => {
    const units = readGold()
      .flatMap((g) => g.tasks.flatMap((t) => [...t.lead, ...t.partners]))
      .filter((u) => !u.includes('略'));
    const missed = units.filter((u) => lexicon.matchDepartment(u) === null);
    expect(units.length).toBeGreaterThan(0);
    expect(
      share(units.length, units.length - missed.length),
      `unmapped: ${[...new Set(missed)].join(', ')}`,
    ).toBeGreaterThanOrEqual(UNIT_FLOOR);
  });
});

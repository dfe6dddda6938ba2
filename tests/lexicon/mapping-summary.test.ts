import { describe, expect, it } from 'vitest';
import { mappingSummary, type MappingRow } from '../../src/lib/lexicon/coverage/mapping.ts';
import type { PlanRecord } from '../../src/lib/types.ts';

const row = (plan: string, indicator: string | null, extra: Partial<MappingRow> = {}): MappingRow => ({
  plan,
  source: 'text',
  name: '某率',
  unit: '%',
  indicator,
  statistical: true,
  uncertain: false,
  ...extra,
});
const plans = [
  { id: 'a', region: '甲市' },
  { id: 'b', region: '乙市' },
  { id: 'c', region: '甲市' },
] as PlanRecord[];

describe('mapping summary', () => {
  it('counts statistical sentence targets with and without the uncertain ones', () => {
    const s = mappingSummary(
      [
        row('a', 'x'),
        row('b', 'x'),
        row('a', null, { uncertain: true }),
        row('b', null),
        row('c', 'y', { source: 'table' }),
        row('c', null, { statistical: false }),
      ],
      plans,
    );
    expect(s.sentenceStatistical).toEqual({ mapped: 2, total: 4 });
    expect(s.sentenceStatisticalSure).toEqual({ mapped: 2, total: 3 });
    expect(s.table).toEqual({ mapped: 1, total: 1 });
    expect(s.sentenceAll).toEqual({ mapped: 2, total: 5 });
    // two plans of one region count once
    expect(s.byRegions).toEqual({ atLeast2: 1, atLeast3: 0 });
  });
});

import { foldName } from '../lexicon/fold-name.ts';
import type { IndicatorRecord } from '../types.ts';
import { byChinese, groupBy } from './group.ts';

export interface UnmappedGroup {
  /** The name as the first plan writes it. */
  name: string;
  records: IndicatorRecord[];
  plans: string[];
}

/**
 * Targets the lexicon has no canonical indicator for, grouped by name with spacing, width and
 * a trailing unit folded away, so 基层诊疗量占比 and 基层诊疗量占比(%) are one entry.
 * Names used by more plans come first: those are the ones worth a lexicon entry.
 */
export function unmappedGroups(targets: readonly IndicatorRecord[]): UnmappedGroup[] {
  const groups = groupBy(
    targets.filter((t) => t.indicator === null),
    (t) => foldName(t.name),
  );
  return [...groups.values()]
    .map((records) => ({ name: records[0]!.name, records, plans: [...new Set(records.map((r) => r.plan))] }))
    .sort(
      (a, b) => b.plans.length - a.plans.length || b.records.length - a.records.length || byChinese(a.name, b.name),
    );
}

import type { IndicatorRecord } from '../../types.ts';
import { referenceEntry } from '../citation/reference.ts';
import { targetSentence } from '../citation/sentence.ts';
import type { HigherReference } from '../higher-level.ts';
import { comparability, type Yardstick } from '../measure/comparability.ts';
import { formatTarget } from '../format.ts';
import { paths } from '../paths.ts';
import type { ShardHigher } from './types.ts';

/**
 * The nearest higher level's target for a lower target, as its plan file carries it: ranked on
 * the lower target's yardstick, so the workbench can say whether a value is above or below it.
 */
export function shardHigher(
  refs: readonly HigherReference[] | undefined,
  yard: Yardstick,
  accessed: string,
): ShardHigher | null {
  const ref = refs?.[0];
  if (!ref) return null;
  const r: IndicatorRecord = ref.record;
  const verdict = comparability(r, yard);
  return {
    level: ref.level,
    plan: ref.plan.id,
    region: ref.plan.region,
    title: ref.plan.title,
    shown: formatTarget(r),
    year: r.year,
    href: paths.record(ref.plan.id, r.id),
    rank: verdict.comparable ? { year: verdict.year, value: verdict.value, op: r.op } : null,
    reason: verdict.comparable ? null : verdict.reason,
    citation: targetSentence(ref.plan, r),
    reference: referenceEntry(ref.plan, accessed),
  };
}

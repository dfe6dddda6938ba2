import type { IndicatorRecord } from '../../types.ts';
import type { TargetDraft } from '../targets/draft.ts';
import { valueKey } from '../targets/dedupe.ts';

/**
 * Why a record's name or value cannot be restated in words: its own codes (name-missing …),
 * 'garbled' for a lost or damaged number ("#", "(1/#)", "12 1/#"), 'redacted' for text the
 * source withheld ("(略)"). Citations quote the source verbatim for such records.
 */
export function uncertainty(t: TargetDraft): string[] {
  const out = new Set(t.uncertain ?? []);
  if (/#/u.test(t.valueText) || /#/u.test(t.unit ?? '') || t.repairs.some((r) => r.startsWith('lost-number')))
    out.add('garbled');
  if (/略/u.test(`${t.name}${t.valueText}`)) out.add('redacted');
  return [...out].sort();
}

/** At most this many conflicting ids are listed per record, so the output stays linear in size. */
const LISTED = 20;

/** Fills `conflict` of each record marked in a conflict group with the ids of the group's other values. */
export function resolveConflicts(drafts: readonly TargetDraft[], records: IndicatorRecord[]): void {
  const groups = new Map<string, Map<string, string[]>>();
  drafts.forEach((t, i) => {
    if (!t.conflictGroup) return;
    const byValue = groups.get(t.conflictGroup) ?? new Map<string, string[]>();
    groups.set(t.conflictGroup, byValue);
    const ids = byValue.get(valueKey(t)) ?? [];
    byValue.set(valueKey(t), ids);
    if (ids.length < LISTED) ids.push(records[i]!.id);
  });
  drafts.forEach((t, i) => {
    if (!t.conflictGroup) return;
    const own = valueKey(t);
    const out: string[] = [];
    for (const [value, ids] of groups.get(t.conflictGroup)!) {
      if (value === own) continue;
      out.push(...ids.slice(0, LISTED - out.length));
      if (out.length >= LISTED) break;
    }
    records[i]!.conflict = out;
  });
}

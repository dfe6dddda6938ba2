import type { Lexicon } from '../../lexicon/types.ts';
import { unitsAgree } from '../../lexicon/unit-kind.ts';
import type { TargetDraft } from './draft.ts';
import { bigramDice, fold } from './similar.ts';

/** How many earlier targets with the same year and value a new one is compared with. */
const BUCKET = 64;

/**
 * Drops a sentence target that restates an earlier one (a table row or an earlier sentence):
 * same year and value, and either the same indicator in the lexicon with units that may say the
 * same (a table's "(人)" and a sentence's "3.2名", or a unit the table lost: "吸烟率()20"), or the
 * same unit and a name that shares most of its character pairs (containment is not enough:
 * "市中医医院4个" inside a list is not "市中医医院建成省级中医特色专科4个"). Targets are
 * bucketed by year and value, so the work is linear in their number.
 */
export function dedupe(
  existing: readonly TargetDraft[],
  found: readonly TargetDraft[],
  lexicon: Lexicon,
): { kept: TargetDraft[]; dropped: [TargetDraft, TargetDraft][] } {
  const buckets = new Map<string, { t: TargetDraft; id: string | null }[]>();
  const key = (t: TargetDraft) => `${t.year}|${t.value ?? `"${t.valueText}"`}`;
  const add = (t: TargetDraft, id: string | null) => {
    const list = buckets.get(key(t)) ?? [];
    if (list.length < BUCKET) list.push({ t, id });
    buckets.set(key(t), list);
  };
  for (const t of existing) add(t, lexicon.matchIndicator(t.name, t.unit));
  const kept: TargetDraft[] = [];
  const dropped: [TargetDraft, TargetDraft][] = [];
  for (const t of found) {
    const id = t.name ? lexicon.matchIndicator(t.name, t.unit) : null;
    const twin = (buckets.get(key(t)) ?? []).find(
      (o) =>
        (id !== null && o.id === id && unitsAgree(o.t.unit, t.unit)) ||
        (t.name !== '' && o.t.unit === t.unit && bigramDice(o.t.name, t.name) >= 0.7),
    );
    if (twin) dropped.push([t, twin.t]);
    else {
      kept.push(t);
      add(t, id);
    }
  }
  return { kept, dropped };
}

/**
 * Marks the plan's targets for one indicator and year that state different values: each gets
 * the group's key in `conflictGroup` (records/build.ts turns it into the other records' ids).
 * Same indicator = same lexicon id, else the same folded name, for the same scope (城市, 农村 …).
 */
export function markConflicts(targets: readonly TargetDraft[], lexicon: Lexicon, scopeWords: readonly string[]): void {
  const groups = new Map<string, TargetDraft[]>();
  for (const t of targets) {
    // a name listing several indicators ("城市、农村…覆盖率" over 95%、90%) is none of them alone
    if (!t.name || t.uncertain?.includes('name-list')) continue;
    const id = lexicon.matchIndicator(t.name, t.unit);
    // 城市/农村… name different populations of one indicator: no conflict between them
    const scope = scopeWords.filter((w) => t.name.includes(w)).join('+');
    const k = `${id ?? `name:${fold(t.name)}`}|${t.year}|${scope}`;
    const list = groups.get(k);
    if (list) list.push(t);
    else groups.set(k, [t]);
  }
  for (const [k, list] of groups) {
    if (new Set(list.map(valueKey)).size > 1) for (const t of list) t.conflictGroup = k;
  }
}

/**
 * What a record states, for telling conflicting records apart: its number, or its words when it
 * has none. "≤20" and "20%以下" state one number; a comparison or a unit left out is no conflict.
 */
export const valueKey = (t: Pick<TargetDraft, 'value' | 'valueText'>): string =>
  t.value !== null ? `=${t.value}` : `"${t.valueText}"`;

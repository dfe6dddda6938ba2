import type { TargetDraft } from './draft.ts';
import { bigramDice } from './similar.ts';

/**
 * Drops a sentence target that restates an earlier one: same year, value and unit, and a name
 * that shares most of its character pairs (containment is not enough: "市中医医院4个" inside a
 * list is not "市中医医院建成省级中医特色专科4个").
 */
export function dedupe(
  existing: readonly TargetDraft[],
  found: readonly TargetDraft[],
): { kept: TargetDraft[]; dropped: [TargetDraft, TargetDraft][] } {
  const kept: TargetDraft[] = [];
  const dropped: [TargetDraft, TargetDraft][] = [];
  for (const t of found) {
    const twin = [...existing, ...kept].find(
      (o) =>
        o.year === t.year &&
        o.value === t.value &&
        (o.value !== null || o.valueText === t.valueText) &&
        (o.unit ?? '') === (t.unit ?? '') &&
        bigramDice(o.name, t.name) >= 0.7,
    );
    if (twin) dropped.push([t, twin]);
    else kept.push(t);
  }
  return { kept, dropped };
}

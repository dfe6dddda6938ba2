import type { TargetDraft } from './draft.ts';
import { nameLikeness } from './similar.ts';

/** Drops a sentence target that restates an earlier one (same year, value and unit, a like name). */
export function dedupe(existing: readonly TargetDraft[], found: readonly TargetDraft[]): { kept: TargetDraft[]; dropped: [TargetDraft, TargetDraft][] } {
  const kept: TargetDraft[] = [];
  const dropped: [TargetDraft, TargetDraft][] = [];
  for (const t of found) {
    const twin = [...existing, ...kept].find(
      (o) => o.year === t.year && o.value === t.value && (o.value !== null || o.valueText === t.valueText) && (o.unit ?? '') === (t.unit ?? '') && nameLikeness(o.name, t.name) >= 0.5,
    );
    if (twin) dropped.push([t, twin]);
    else kept.push(t);
  }
  return { kept, dropped };
}

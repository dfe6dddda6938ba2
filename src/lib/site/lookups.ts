import type { IndicatorEntry } from '../lexicon/types.ts';
import type { PlanRecord } from '../types.ts';
import { byId } from './data/index-by.ts';
import type { SiteLexicon } from './data/lexicon.ts';

/** Finds a plan that a record names; the export guarantees it, so absence is a broken export. */
export function planOf(plans: readonly PlanRecord[], id: string): PlanRecord {
  const plan = byId(plans, id);
  if (!plan) throw new Error(`record refers to plan "${id}", which is not in plans.json`);
  return plan;
}

export function indicatorEntry(lexicon: SiteLexicon, id: string): IndicatorEntry | undefined {
  return byId(lexicon.indicators, id);
}

/** Display name for a canonical id; the raw id when the lexicon does not know it. */
export function indicatorName(lexicon: SiteLexicon, id: string): string {
  return indicatorEntry(lexicon, id)?.name ?? id;
}

export function departmentName(lexicon: SiteLexicon, id: string): string {
  return byId(lexicon.departments, id)?.name ?? id;
}

export function topicName(lexicon: SiteLexicon, id: string): string {
  return byId(lexicon.topics, id)?.name ?? id;
}

/** "甲市（市级）" and the like: region is what officials scan for first. */
export function planLabel(plan: Pick<PlanRecord, 'region' | 'period'>): string {
  return `${plan.region}（${plan.period[0]}—${plan.period[1]}）`;
}

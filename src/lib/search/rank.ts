import type { Kind, Manifest } from './format.ts';

/**
 * Result tiers, best first. What a target is called outranks what a text says: a target whose
 * name (or canonical indicator) is the query comes before one that only mentions it, targets
 * before tasks, and task titles before task bodies before plan paragraphs.
 */
export const TIER = {
  targetExact: 0,
  targetName: 1,
  targetIndicator: 2,
  targetText: 3,
  taskTitle: 4,
  taskText: 5,
  paragraph: 6,
} as const;
export const TIER_COUNT = 7;

export function kindOf(id: number, counts: Manifest['counts']): Kind {
  if (id < counts.target) return 'target';
  return id < counts.target + counts.task ? 'task' : 'paragraph';
}

export interface RankInput {
  /** Ids whose name field holds every query term (target names, task titles). */
  name: readonly number[];
  /** Ids whose text holds every query term. */
  text: readonly number[];
  /** Target ids filed under an indicator the query names exactly, and under one it is part of. */
  indicatorExact: readonly number[];
  indicatorPart: readonly number[];
}

/** Every hit once, at its best tier; within a tier in id order (indicator, name, plan, source order). */
export function rankHits(input: RankInput, counts: Manifest['counts']): number[][] {
  const tiers: number[][] = Array.from({ length: TIER_COUNT }, () => []);
  const best = new Map<number, number>();
  const offer = (id: number, tier: number) => {
    const known = best.get(id);
    if (known === undefined || tier < known) best.set(id, tier);
  };
  for (const id of input.indicatorExact) offer(id, TIER.targetExact);
  for (const id of input.name) offer(id, kindOf(id, counts) === 'target' ? TIER.targetName : TIER.taskTitle);
  for (const id of input.indicatorPart) offer(id, TIER.targetIndicator);
  for (const id of input.text) {
    const kind = kindOf(id, counts);
    offer(id, kind === 'target' ? TIER.targetText : kind === 'task' ? TIER.taskText : TIER.paragraph);
  }
  for (const [id, tier] of best) tiers[tier]!.push(id);
  for (const list of tiers) list.sort((a, b) => a - b);
  return tiers;
}

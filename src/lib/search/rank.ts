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

/** The tiers of each kind (tiers are grouped by kind, in KINDS order). */
export const KIND_TIERS: Record<Kind, readonly number[]> = { target: [0, 1, 2, 3], task: [4, 5], paragraph: [6] };

export function kindOf(id: number, counts: Manifest['counts']): Kind {
  if (id < counts.target) return 'target';
  return id < counts.target + counts.task ? 'task' : 'paragraph';
}

export interface RankInput {
  /** Ids whose name field holds every query term (target names, task titles). */
  name: Int32Array;
  /** Ids whose text holds every query term. */
  text: Int32Array;
  /** Target ids filed under an indicator the query names exactly, and under one it is part of. */
  indicatorExact: Int32Array;
  indicatorPart: Int32Array;
}

/** First position in an ascending list whose id is at least `id`. */
function lowerBound(list: Int32Array, id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ids of `a` not in `b` (both ascending). */
function difference(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const id = a[i]!;
    while (j < b.length && b[j]! < id) j++;
    if (j >= b.length || b[j] !== id) out[n++] = id;
  }
  return out.subarray(0, n);
}

/**
 * Every hit once, at its best tier; within a tier in id order (indicator, name, plan, source
 * order). Ids are grouped by kind, so each kind is ranked on its own: paragraphs only ever come
 * from the text (their tier is a slice of the text list, no copy), tasks from title or text, and
 * only targets need a merge of four lists. That keeps the work of a first search, before the
 * browser has compiled anything, to the targets.
 */
export function rankHits(input: RankInput, counts: Manifest['counts']): Int32Array[] {
  const firstTask = counts.target;
  const firstParagraph = counts.target + counts.task;
  const { name, text } = input;
  const nameTasks = lowerBound(name, firstTask);
  const textTasks = lowerBound(text, firstTask);
  const textParagraphs = lowerBound(text, firstParagraph);
  const taskTitle = name.subarray(nameTasks, lowerBound(name, firstParagraph));
  const tiers = mergeTargets([
    input.indicatorExact,
    name.subarray(0, nameTasks),
    input.indicatorPart,
    text.subarray(0, textTasks),
  ]);
  tiers.push(taskTitle, difference(text.subarray(textTasks, textParagraphs), taskTitle), text.subarray(textParagraphs));
  return tiers;
}

/** The four target tiers from the exact-indicator, name, part-indicator and text lists: each id at the first list that has it. */
function mergeTargets(lists: readonly [Int32Array, Int32Array, Int32Array, Int32Array]): Int32Array[] {
  const [a, b, c, d] = lists;
  const out = lists.map((l) => new Int32Array(l.length));
  const n = [0, 0, 0, 0];
  let i = 0;
  let j = 0;
  let k = 0;
  let l = 0;
  for (;;) {
    const va = i < a.length ? a[i]! : Infinity;
    const vb = j < b.length ? b[j]! : Infinity;
    const vc = k < c.length ? c[k]! : Infinity;
    const vd = l < d.length ? d[l]! : Infinity;
    const id = Math.min(va, vb, vc, vd);
    if (id === Infinity) break;
    const tier = va === id ? 0 : vb === id ? 1 : vc === id ? 2 : 3;
    out[tier]![n[tier]!++] = id;
    if (va === id) i++;
    if (vb === id) j++;
    if (vc === id) k++;
    if (vd === id) l++;
  }
  return out.map((o, t) => o.subarray(0, n[t]!));
}

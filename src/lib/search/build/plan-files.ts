import type { PlanRecord } from '../../types.ts';
import { fileNames, LEVELS } from '../format.ts';
import { encodePlanTable } from '../plan-table.ts';
import { shardOf } from '../shard.ts';
import { emitJson, type Emit } from './emit.ts';

/** Plan ids per number → id file. */
export const PLAN_ID_BLOCK = 256;

export function planIdBuckets(plans: number): number {
  let buckets = 1;
  while (buckets * PLAN_ID_BLOCK < plans) buckets *= 2;
  return buckets;
}

/**
 * The plan table facets need, and the two small lookups only a region filter
 * needs: a plan's id by its number (for the URL) and its number by its id (for a shared link).
 * Ids are not in the table: with thousands of plans they would be most of it.
 */
export function writePlanFiles(
  emit: Emit,
  plans: readonly PlanRecord[],
  counts: { tasks: readonly number[]; paragraphs: readonly number[] },
): string[] {
  const provinces: string[] = [];
  const provinceNo = (name: string | null): number => {
    const key = name ?? '';
    let i = provinces.indexOf(key);
    if (i < 0) i = provinces.push(key) - 1;
    return i;
  };
  emit(
    fileNames.plans,
    encodePlanTable(
      plans.map((p, i) => ({
        province: provinceNo(p.province),
        level: LEVELS.indexOf(p.level),
        start: p.period[0],
        end: p.period[1],
        tasks: counts.tasks[i] ?? 0,
        paragraphs: counts.paragraphs[i] ?? 0,
        region: p.region,
      })),
    ),
  );
  for (let first = 0, block = 0; first < plans.length; first += PLAN_ID_BLOCK, block++) {
    emitJson(
      emit,
      fileNames.planIds(block),
      plans.slice(first, first + PLAN_ID_BLOCK).map((p) => p.id),
    );
  }
  const buckets = planIdBuckets(plans.length);
  const byBucket = Array.from({ length: buckets }, (): Record<string, number> => ({}));
  plans.forEach((p, i) => (byBucket[shardOf(p.id, buckets)]![p.id] = i));
  byBucket.forEach((ids, b) => emitJson(emit, fileNames.planNumbers(b), ids));
  return provinces;
}

import type { PlanRecord } from '../../types.ts';
import { fileNames, LEVELS, type PlanColumns, type PlanRow } from '../format.ts';
import { BlockWriter } from './blocks.ts';
import { emitJson, type Emit } from './emit.ts';

export const PLAN_BLOCK = 100;

/** Plan facts facets need for every hit, as columns; names and titles go to blocks read on demand. */
export function planColumns(plans: readonly PlanRecord[], emit: Emit): { columns: Omit<PlanColumns, 'tasks' | 'paragraphs'>; provinces: string[] } {
  const provinces: string[] = [];
  const provinceNo = (name: string | null): number => {
    const key = name ?? '';
    let i = provinces.indexOf(key);
    if (i < 0) i = provinces.push(key) - 1;
    return i;
  };
  const names = new BlockWriter<PlanRow>(emit, PLAN_BLOCK, fileNames.plans);
  const columns = { province: [] as number[], level: [] as number[], start: [] as number[], end: [] as number[] };
  for (const p of plans) {
    columns.province.push(provinceNo(p.province));
    columns.level.push(LEVELS.indexOf(p.level));
    columns.start.push(p.period[0]);
    columns.end.push(p.period[1]);
    names.push([p.id, p.region, p.title ?? p.region]);
  }
  names.flush();
  // Only a shared link naming a plan needs this list, to turn the plan id back into its number.
  emitJson(emit, fileNames.planIds, plans.map((p) => p.id));
  return { columns, provinces };
}

import { fileNames, type Kind, type Manifest, type ParagraphRow, type PlanRow, type TargetRow, type TaskRow } from '../format.ts';
import { kindOf } from '../rank.ts';
import type { Loader } from './loader.ts';

export type AnyRow =
  | { kind: 'target'; id: number; row: TargetRow; plan: PlanRow }
  | { kind: 'task'; id: number; row: TaskRow; plan: PlanRow }
  | { kind: 'paragraph'; id: number; row: ParagraphRow; plan: PlanRow };

function local(id: number, kind: Kind, m: Manifest): number {
  if (kind === 'target') return id;
  return kind === 'task' ? id - m.counts.target : id - m.counts.target - m.counts.task;
}

/** Display rows of the given hits, with their plans' names; only the blocks they sit in are fetched. */
export async function loadRows(loader: Loader, m: Manifest, ids: readonly number[]): Promise<AnyRow[]> {
  const rows = await Promise.all(ids.map(async (id) => {
    const kind = kindOf(id, m.counts);
    const n = local(id, kind, m);
    const block = await loader.json<unknown[][]>(fileNames.rows(kind, Math.floor(n / m.blocks[kind])));
    return { kind, id, row: block[n % m.blocks[kind]]! };
  }));
  return Promise.all(rows.map(async (r) => {
    const planNo = r.row[0] as number;
    const names = await loader.json<PlanRow[]>(fileNames.plans(Math.floor(planNo / m.planBlock)));
    return { ...r, plan: names[planNo % m.planBlock]! } as AnyRow;
  }));
}

/** The plan's id, region and title by its number (for facet labels). */
export async function planRow(loader: Loader, m: Manifest, planNo: number): Promise<PlanRow | undefined> {
  const names = await loader.json<PlanRow[]>(fileNames.plans(Math.floor(planNo / m.planBlock)));
  return names[planNo % m.planBlock];
}

import {
  fileNames,
  type Kind,
  type Manifest,
  type ParagraphRow,
  type PlanRow,
  type RowBlock,
  type TargetRow,
  type TaskRow,
} from '../format.ts';
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

/** Display rows of the given hits with their plans' names, all blocks fetched at once; only the blocks they sit in. */
export async function loadRows(loader: Loader, m: Manifest, ids: readonly number[]): Promise<AnyRow[]> {
  return Promise.all(
    ids.map(async (id) => {
      const kind = kindOf(id, m.counts);
      const n = local(id, kind, m);
      const block = await loader.json<RowBlock<unknown[]>>(fileNames.rows(kind, Math.floor(n / m.blocks[kind])));
      const row = block.rows[n % m.blocks[kind]]!;
      const p = block.plans.find((x) => x[0] === row[0])!;
      return { kind, id, row, plan: [p[1], p[2], p[3]] } as AnyRow;
    }),
  );
}

/** A plan's id by its number (for the URL of a region filter). */
export async function planId(loader: Loader, m: Manifest, plan: number): Promise<string | undefined> {
  return (await loader.json<string[]>(fileNames.planIds(Math.floor(plan / m.planIdBlock))))[plan % m.planIdBlock];
}

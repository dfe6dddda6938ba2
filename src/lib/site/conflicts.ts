import type { IndicatorRecord, ParagraphEntry } from '../types.ts';
import { paragraphAt } from './data/structure.ts';
import { formatTarget } from './format.ts';
import { paths } from './paths.ts';
import { byId, indexBy } from './data/index-by.ts';

/** Another statement of the same plan for the same indicator and year, with another value. */
export interface ConflictNote {
  id: string;
  href: string;
  /** The other value as shown everywhere ("76.3岁"). */
  value: string;
  /** Where it stands in the plan ("第24段", "第7段表格"), when the paragraph is known. */
  where: string | null;
}

export interface ConflictSource {
  indicators: readonly IndicatorRecord[];
  paragraphs: readonly (ParagraphEntry & { plan: string })[];
}

function indexOf(data: ConflictSource) {
  return { byId: (id: string) => byId(data.indicators, id), paras: indexBy(data.paragraphs, 'plan') };
}

/** "第24段" for the extractor's own paragraph anchors (p24); an offset anchor names no number. */
function placeOf(p: ParagraphEntry | undefined): string | null {
  const n = p && /^p(\d+)$/u.exec(p.anchor)?.[1];
  if (!n) return null;
  return p.kind === 'table' ? `第${n}段表格` : `第${n}段`;
}

/** The records a target conflicts with, each linked to its place in the plan text. */
export function conflictNotes(data: ConflictSource, target: IndicatorRecord): ConflictNote[] {
  const { byId: find, paras } = indexOf(data);
  return target.conflict.flatMap((id) => {
    const other = find(id);
    if (!other) return [];
    const where = placeOf(paragraphAt(paras.get(other.plan) ?? [], other.start));
    return [{ id, href: paths.record(other.plan, id), value: formatTarget(other), where }];
  });
}

/** The line a page shows: "本规划另有表述：76.3岁（第24段）". */
export function conflictText(notes: readonly ConflictNote[]): string {
  return `本规划另有表述：${notes.map((n) => (n.where ? `${n.value}（${n.where}）` : n.value)).join('；')}`;
}

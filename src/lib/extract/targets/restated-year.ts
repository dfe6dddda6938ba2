import type { TargetDraft } from './draft.ts';
import type { TextMarks } from './marks.ts';
import { LOOK_BACK } from './window.ts';

/**
 * "建设…消毒供应5个县域资源共享中心，…，2025年底前5个中心全部建成投用": a count stated again
 * in its paragraph with a deadline, naming the counted thing by its head noun, dates the first
 * statement; the restatement is dropped (and reported). Only a first statement without a year of
 * its own takes the deadline.
 */
export function dateRestatements(
  drafts: TargetDraft[],
  marks: TextMarks,
  restated: (t: TargetDraft, first: TargetDraft) => void,
): TargetDraft[] {
  const out: TargetDraft[] = [];
  for (const t of drafts) {
    const paragraph = marks.paragraphStart(t.start);
    const first = t.yearStated ? earlierCount(out, t, paragraph) : undefined;
    if (!first) {
      out.push(t);
      continue;
    }
    first.year = t.year;
    first.yearStated = true;
    first.warnings = first.warnings.filter((w) => !w.startsWith('year-default'));
    restated(t, first);
  }
  return out;
}

function earlierCount(out: readonly TargetDraft[], t: TargetDraft, paragraph: number): TargetDraft | undefined {
  for (let i = out.length - 1; i >= Math.max(0, out.length - LOOK_BACK); i--) {
    const o = out[i]!;
    if (o.start < paragraph) return undefined;
    const head = o.name.slice(-2);
    if (
      !o.yearStated &&
      o.value !== null &&
      o.value === t.value &&
      o.unit === t.unit &&
      o.unit !== '%' &&
      head.length === 2 &&
      t.name.startsWith(head) &&
      !o.name.startsWith(head)
    )
      return o;
  }
  return undefined;
}

import type { IndicatorRecord, PlanRecord, TaskRecord } from '../types.ts';
import type { SiteData } from './data/site-data.ts';
import { planText } from './data/source.ts';
import { planStructure, type PlanStructure } from './data/structure.ts';
import type { MarkSpan } from './marks.ts';

export interface PlanView {
  plan: PlanRecord;
  text: string;
  structure: PlanStructure;
  targets: IndicatorRecord[];
  tasks: TaskRecord[];
  marks: MarkSpan[];
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

export function planView(data: SiteData, plan: PlanRecord): PlanView {
  const text = planText(plan, data.dirs.content);
  const targets = data.indicators.filter((t) => t.plan === plan.id).sort(byStart);
  const tasks = data.tasks.filter((t) => t.plan === plan.id).sort(byStart);
  const marks: MarkSpan[] = [
    ...tasks.map((t) => ({ id: t.id, kind: 'task' as const, start: t.start, end: t.end })),
    ...targets.map((t) => ({ id: t.id, kind: 'target' as const, start: t.start, end: t.end })),
  ];
  return { plan, text, structure: planStructure(data, plan.id, text), targets, tasks, marks };
}

import type { IndicatorRecord, Issue, PlanRecord, TaskRecord } from '../types.ts';
import type { SiteData } from './data/site-data.ts';
import { planText } from './data/source.ts';
import { planStructure, type PlanStructure } from './data/structure.ts';
import { issueGroup, issueLabel } from './issue-kinds.ts';
import type { MarkSpan } from './marks.ts';
import { chineseMessage } from './messages.ts';
import { recordsWith } from './data/index-by.ts';

export interface PlanView {
  plan: PlanRecord;
  text: string;
  structure: PlanStructure;
  targets: IndicatorRecord[];
  tasks: TaskRecord[];
  /** Repairs, damage and truncation with a position: marked in the text and listed beside it. */
  flags: Issue[];
  marks: MarkSpan[];
}

const byStart = (a: { start: number | null }, b: { start: number | null }) => (a.start ?? 0) - (b.start ?? 0);

function flagMark(issue: Issue, i: number): MarkSpan {
  const tone = issueGroup(issue) === 'repair' ? 'repair' : 'damage';
  return {
    id: `flag-${i}`,
    kind: 'flag',
    start: issue.start!,
    end: issue.end!,
    note: `${issueLabel(issue.code)}：${chineseMessage(issue.code, issue.message)}`,
    tone,
  };
}

export function planView(data: SiteData, plan: PlanRecord): PlanView {
  const text = planText(plan, data.dirs);
  const targets = [...recordsWith(data.indicators, 'plan', plan.id)].sort(byStart);
  const tasks = [...recordsWith(data.tasks, 'plan', plan.id)].sort(byStart);
  const flags = recordsWith(data.issues, 'plan', plan.id)
    .filter((i) => i.start !== null && i.end !== null && ['repair', 'damage', 'truncation'].includes(issueGroup(i)))
    .sort(byStart);
  const marks: MarkSpan[] = [
    ...tasks.map((t) => ({ id: t.id, kind: 'task' as const, start: t.start, end: t.end })),
    ...targets.map((t) => ({ id: t.id, kind: 'target' as const, start: t.start, end: t.end })),
    ...flags.map(flagMark),
  ];
  return { plan, text, structure: planStructure(data, plan.id, text), targets, tasks, flags, marks };
}

import type { IndicatorRecord, PlanRecord, TaskRecord } from '../../types.ts';
import { paths } from '../paths.ts';
import { siteLink } from '../site-url.ts';
import { recordLink, type CitationSource } from './assemble.ts';
import { citationHead, citationText } from './compose.ts';
import { docTitle } from './doc-title.ts';
import { referenceEntry } from './reference.ts';
import { targetSentence, taskSentence } from './sentence.ts';

export function citationSource(plan: PlanRecord, accessed: string): CitationSource {
  return {
    reference: referenceEntry(plan, accessed),
    document: plan.docNumber ? docTitle(plan) : null,
    link: siteLink(paths.plan(plan.id)),
    accessed,
  };
}

function common(plan: PlanRecord, recordId: string, accessed: string) {
  const source = citationSource(plan, accessed);
  return { ...source, link: recordLink(source.link, recordId) };
}

const targetParts = (plan: PlanRecord, target: IndicatorRecord) => ({
  sentence: targetSentence(plan, target),
  quote: target.quote,
  fromTable: target.source === 'table',
});

const taskParts = (plan: PlanRecord, task: TaskRecord) => ({ sentence: taskSentence(plan, task), quote: task.quote });

export function targetCitation(plan: PlanRecord, target: IndicatorRecord, accessed: string): string {
  return citationText({ ...targetParts(plan, target), ...common(plan, target.id, accessed) });
}

export function taskCitation(plan: PlanRecord, task: TaskRecord, accessed: string): string {
  return citationText({ ...taskParts(plan, task), ...common(plan, task.id, accessed) });
}

/** The sentence and quote of a target's citation, as its plan page shows them. */
export const targetCitationHead = (plan: PlanRecord, target: IndicatorRecord) =>
  citationHead(targetParts(plan, target));

export const taskCitationHead = (plan: PlanRecord, task: TaskRecord) => citationHead(taskParts(plan, task));

import type { IndicatorRecord, PlanRecord, TaskRecord } from '../../types.ts';
import { paths } from '../paths.ts';
import { siteLink } from '../site-url.ts';
import { citationText } from './compose.ts';
import { docTitle } from './doc-title.ts';
import { referenceEntry } from './reference.ts';
import { targetSentence, taskSentence } from './sentence.ts';

function common(plan: PlanRecord, recordId: string, accessed: string) {
  return {
    reference: referenceEntry(plan, accessed),
    document: plan.docNumber ? docTitle(plan) : null,
    link: siteLink(paths.record(plan.id, recordId)),
  };
}

export function targetCitation(plan: PlanRecord, target: IndicatorRecord, accessed: string): string {
  return citationText({
    sentence: targetSentence(plan, target),
    quote: target.quote,
    fromTable: target.source === 'table',
    ...common(plan, target.id, accessed),
  });
}

export function taskCitation(plan: PlanRecord, task: TaskRecord, accessed: string): string {
  return citationText({ sentence: taskSentence(plan, task), quote: task.quote, ...common(plan, task.id, accessed) });
}

import type { IndicatorRecord, PlanRecord, TaskRecord } from '../../types.ts';
import { citationText } from './compose.ts';
import { referenceEntry } from './reference.ts';
import { targetSentence, taskSentence } from './sentence.ts';

export function targetCitation(plan: PlanRecord, target: IndicatorRecord, accessed: string): string {
  return citationText({
    sentence: targetSentence(plan, target),
    quote: target.quote,
    reference: referenceEntry(plan, accessed),
  });
}

export function taskCitation(plan: PlanRecord, task: TaskRecord, accessed: string): string {
  return citationText({
    sentence: taskSentence(plan, task),
    quote: task.quote,
    reference: referenceEntry(plan, accessed),
  });
}

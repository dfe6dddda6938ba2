import type { IndicatorRecord, PlanMeta, TaskRecord } from '../../types.ts';
import { formatNumber, opPhrase } from '../format.ts';
import { docTitle } from './doc-title.ts';

type CitedPlan = Pick<PlanMeta, 'title' | 'region' | 'kind' | 'docNumber'>;
type CitedTarget = Pick<IndicatorRecord, 'name' | 'year' | 'op' | 'value' | 'unit' | 'valueText'>;
type CitedTask = Pick<TaskRecord, 'title' | 'lead' | 'partners'>;

const TRAILING_PUNCTUATION = /[。；;，,：:\s]+$/u;

/** 《标题》提出，到2025年孕产妇死亡率控制在10/10万以下。 */
export function targetSentence(plan: CitedPlan, target: CitedTarget): string {
  const when = target.year === null ? '' : `到${target.year}年`;
  const what =
    target.value === null
      ? `${target.name}${target.valueText}`
      : `${target.name}${opPhrase(target.op, `${formatNumber(target.value)}${target.unit ?? ''}`)}`;
  return `${docTitle(plan)}提出，${when}${what}。`;
}

/** 《标题》提出，加强基层医疗卫生服务，由市卫生健康委牵头，市财政局配合。 */
export function taskSentence(plan: CitedPlan, task: CitedTask): string {
  const parts = [task.title.replace(TRAILING_PUNCTUATION, '')];
  if (task.lead.length > 0) parts.push(`由${task.lead.join('、')}牵头`);
  if (task.partners.length > 0) parts.push(`${task.partners.join('、')}配合`);
  return `${docTitle(plan)}提出，${parts.join('，')}。`;
}

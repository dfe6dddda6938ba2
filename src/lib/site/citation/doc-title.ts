import type { PlanMeta } from '../../types.ts';

type TitleFields = Pick<PlanMeta, 'title' | 'region' | 'kind'>;

/** Said in words, as a 公文 draft would, where GB/T 7714 would bracket a supplied title. */
const NO_TITLE = '（原文未载标题）';

/** The plan's own title, or a description of it that says the text states none. */
export function titleOf(plan: TitleFields): string {
  return plan.title ?? `${plan.region}${plan.kind ?? '规划'}${NO_TITLE}`;
}

/**
 * 《标题》, followed by （文号） when the plan has one, as official documents cite each other.
 * A described title is not put in 《》: that would present the description as the plan's title.
 */
export function docTitle(plan: TitleFields & Pick<PlanMeta, 'docNumber'>): string {
  const number = plan.docNumber ? `（${plan.docNumber}）` : '';
  return plan.title === null ? `${titleOf(plan)}${number}` : `《${plan.title}》${number}`;
}

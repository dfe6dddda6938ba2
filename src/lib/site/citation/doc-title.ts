import type { PlanMeta } from '../../types.ts';

type TitleFields = Pick<PlanMeta, 'title' | 'region' | 'kind'>;

/** The plan's own title, or a bracketed supplied title (GB/T 7714 marks supplied information with []). */
export function titleOf(plan: TitleFields): string {
  return plan.title ?? `[${plan.region}${plan.kind ?? '规划'}]`;
}

/** 《标题》, followed by （文号） when the plan has one, as official documents cite each other. */
export function docTitle(plan: TitleFields & Pick<PlanMeta, 'docNumber'>): string {
  const number = plan.docNumber ? `（${plan.docNumber}）` : '';
  return `《${titleOf(plan)}》${number}`;
}

import type { PlanMeta } from '../../types.ts';
import { titleOf } from './doc-title.ts';

type ReferencedPlan = Pick<PlanMeta, 'title' | 'region' | 'kind' | 'docNumber' | 'issuer' | 'date' | 'url'>;

/** Joint issuers are printed with spaces between them; the standard separates creators with ", ". */
function creators(issuer: string | null): string {
  if (issuer === null) return '';
  return `${issuer.trim().split(/\s+/u).join(', ')}. `;
}

/**
 * A GB/T 7714—2025 entry: an online copy is a web resource [EB/OL] with its date and the access
 * date; without a URL the document is "other" [Z], which takes no access date.
 */
export function referenceEntry(plan: ReferencedPlan, accessed: string): string {
  const title = plan.docNumber ? `${titleOf(plan)}: ${plan.docNumber}` : titleOf(plan);
  const head = `${creators(plan.issuer)}${title}`;
  if (plan.url !== null) {
    const issued = plan.date === null ? '' : `(${plan.date})`;
    return `${head}[EB/OL]. ${issued}[${accessed}]. ${plan.url}.`;
  }
  return plan.date === null ? `${head}[Z].` : `${head}[Z]. ${plan.date}.`;
}

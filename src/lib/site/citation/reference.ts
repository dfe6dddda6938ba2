import type { PlanMeta } from '../../types.ts';
import { httpUrl } from '../../schemas/http-url.ts';
import { titleOf } from './doc-title.ts';

type ReferencedPlan = Pick<PlanMeta, 'title' | 'region' | 'kind' | 'docNumber' | 'issuer' | 'date' | 'url'>;

/** The standard lists up to three creators of the same role and writes ", 等" after the third. */
const MAX_CREATORS = 3;

/** Joint issuers are printed with spaces between them; the standard separates creators with ", ". */
function creators(issuer: string | null): string {
  const names =
    issuer
      ?.trim()
      .split(/\s+/u)
      .filter((n) => n !== '') ?? [];
  if (names.length === 0) return '';
  const listed = names.slice(0, MAX_CREATORS).join(', ');
  return `${listed}${names.length > MAX_CREATORS ? ', 等' : ''}. `;
}

/**
 * A GB/T 7714—2025 entry. The 文号 is other title information after ": ". A copy taken from
 * the web is a web resource [EB/OL] with its issue date in (), the access date in [] and the
 * address; without an address the document is "other" [Z], which takes no access date.
 */
export function referenceEntry(plan: ReferencedPlan, accessed: string): string {
  const title = plan.docNumber ? `${titleOf(plan)}: ${plan.docNumber}` : titleOf(plan);
  const head = `${creators(plan.issuer)}${title}`;
  const url = httpUrl(plan.url);
  if (url !== null) {
    const issued = plan.date === null ? '' : `(${plan.date})`;
    return `${head}[EB/OL]. ${issued}[${accessed}]. ${url}.`;
  }
  return plan.date === null ? `${head}[Z].` : `${head}[Z]. ${plan.date}.`;
}

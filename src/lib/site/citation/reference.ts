import type { PlanMeta } from '../../types.ts';
import { httpUrl } from '../../schemas/http-url.ts';
import { titleOf } from './doc-title.ts';

type ReferencedPlan = Pick<PlanMeta, 'title' | 'region' | 'kind' | 'docNumber' | 'issuer' | 'date' | 'url'>;

/** The standard lists up to three creators of the same role and writes ", 等" after the third. */
const MAX_CREATORS = 3;
/** What the standard writes, in brackets, for a publisher or year the document does not state. */
const NO_PUBLISHER = '[出版者不详]';
const NO_YEAR = '[出版年不详]';

/** Joint issuers are printed with spaces between them; the standard separates creators with ", ". */
function creators(issuer: string | null): string | null {
  const names =
    issuer
      ?.trim()
      .split(/\s+/u)
      .filter((n) => n !== '') ?? [];
  if (names.length === 0) return null;
  return `${names.slice(0, MAX_CREATORS).join(', ')}${names.length > MAX_CREATORS ? ', 等' : ''}`;
}

/**
 * A GB/T 7714—2025 entry, its elements in the standard's order: 主要责任者. 题名: 其他题名信息
 * [文献类型标识]. 出版地: 出版者, 出版年[引用日期]. 获取和访问路径. The issuer (from the YAML,
 * or detected in the text) is the creator and the publisher, the 文号 is other title
 * information, the region is the place of issue. A copy taken from the web is a web resource
 * [EB/OL] with its issue date in (), the access date in [] and the address (an online resource
 * omits place and publisher); without an address the document is "other" [Z], which takes no
 * access date. A creator the plan does not state is left out, as a numbered list may; a
 * publisher or year it does not state is written as the standard says, never guessed.
 */
export function referenceEntry(plan: ReferencedPlan, accessed: string): string {
  const by = creators(plan.issuer);
  const title = plan.docNumber ? `${titleOf(plan)}: ${plan.docNumber}` : titleOf(plan);
  const head = `${by === null ? '' : `${by}. `}${title}`;
  const url = httpUrl(plan.url);
  if (url !== null) {
    const issued = plan.date === null ? '' : `(${plan.date})`;
    return `${head}[EB/OL]. ${issued}[${accessed}]. ${url}.`;
  }
  return `${head}[Z]. ${plan.region}: ${by ?? NO_PUBLISHER}, ${plan.date ?? NO_YEAR}.`;
}

import type { ManifestIndicator } from './format.ts';
import type { ParsedQuery } from './query.ts';

export interface IndicatorMatch {
  indicator: ManifestIndicator;
  /** The query is the indicator's name or one of its aliases, word for word. */
  exact: boolean;
}

/**
 * Canonical indicators a query names: every run of the query (years aside) occurs in one of the
 * indicator's names or aliases. This is how 每千常住人口床位数 finds targets written
 * 每千人口医疗卫生机构床位数, and 高血压规范管理率 finds 高血压患者规范管理率.
 */
export function matchIndicators(q: ParsedQuery, indicators: readonly ManifestIndicator[]): IndicatorMatch[] {
  const years = new Set(q.years.map(String));
  const runs = q.runs.filter((r) => !(r.kind === 'number' && years.has(r.text))).map((r) => r.text);
  if (runs.length === 0 || q.han.length === 0) return [];
  const whole = runs.join('');
  const out: IndicatorMatch[] = [];
  for (const indicator of indicators) {
    if (indicator.range[1] <= indicator.range[0]) continue;
    if (indicator.terms.some((t) => runs.every((run) => t.includes(run))))
      out.push({ indicator, exact: indicator.terms.includes(whole) });
  }
  return out;
}

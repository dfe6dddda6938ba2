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
 * 每千人口医疗卫生机构床位数, 高血压规范管理率 finds 高血压患者规范管理率, and 每千人口执业医师
 * finds every target filed under 每千人口执业(助理)医师数, however each plan wrote its name.
 */
/** A name's parenthetical qualifiers: 执业(助理)医师, 全科(家庭)医生. */
const QUALIFIER = /[(（][^()（）]*[)）]/gu;

/**
 * The forms a name is matched in: as the lexicon writes it, without its parenthetical
 * qualifiers (a reader types 每千人口执业医师 for 每千人口执业(助理)医师数), and without the marks.
 */
export function nameForms(term: string): string[] {
  const bare = term.replace(QUALIFIER, '');
  if (bare === term || bare === '') return [term];
  // a query's runs join without the marks between them: 每千人口执业(助理)医师数 → 每千人口执业助理医师数
  return [term, bare, term.replace(/[()（）]/gu, '')];
}

export function matchIndicators(q: ParsedQuery, indicators: readonly ManifestIndicator[]): IndicatorMatch[] {
  const years = new Set(q.years.map(String));
  const runs = q.runs.filter((r) => !(r.kind === 'number' && years.has(r.text))).map((r) => r.text);
  if (runs.length === 0 || q.han.length === 0) return [];
  const whole = runs.join('');
  const out: IndicatorMatch[] = [];
  for (const indicator of indicators) {
    if (indicator.range[1] <= indicator.range[0]) continue;
    const forms = indicator.terms.flatMap(nameForms);
    if (forms.some((t) => runs.every((run) => t.includes(run)))) out.push({ indicator, exact: forms.includes(whole) });
  }
  return out;
}

import { readExportJson, readPlanText } from '../build/read-export.ts';
import type { IndicatorRecord, PlanRecord } from '../../types.ts';
import type { Manifest } from '../format.ts';
import { matchIndicators } from '../lexicon-match.ts';
import { fold } from '../normalize.ts';
import { parseQuery } from '../query.ts';

export interface Truth {
  /** Plans whose text holds every run of the query (years count as words here). */
  text: Set<string>;
  /** Plans with a target filed under an indicator the query names (through the lexicon). */
  targets: Set<string>;
}

/** What a complete answer must contain, from the plan texts and the extraction records. */
export function groundTruth(
  queries: readonly string[],
  dataDir: string,
  contentDir: string,
  m: Manifest,
): Map<string, Truth> {
  const plans = readExportJson<PlanRecord[]>(dataDir, 'plans.json');
  const targets = readExportJson<IndicatorRecord[]>(dataDir, 'indicators.json');
  const out = new Map(queries.map((q) => [q, { text: new Set<string>(), targets: new Set<string>() }]));
  // A number is a whole number in the text (7.5 is not inside 17.5 or 7.56; 7.50 is 7.5).
  const tests = new Map(
    queries.map((q) => [
      q,
      parseQuery(q).runs.map((r) => (r.kind === 'number' ? numberPattern(r.text) : (t: string) => t.includes(r.text))),
    ]),
  );
  for (const plan of plans) {
    const text = fold(readPlanText(contentDir, plan.file));
    for (const q of queries) if (tests.get(q)!.every((test) => test(text))) out.get(q)!.text.add(plan.id);
  }
  for (const q of queries) {
    const ids = new Set(matchIndicators(parseQuery(q), m.indicators).map((i) => i.indicator.id));
    for (const t of targets) if (t.indicator !== null && ids.has(t.indicator)) out.get(q)!.targets.add(t.plan);
  }
  return out;
}

function numberPattern(n: string): (text: string) => boolean {
  const re = new RegExp(
    `(?<![\\d.])${n.replace('.', '\\.')}${n.includes('.') ? '0*' : '(?:\\.0+)?'}(?![\\d]|\\.\\d)`,
    'u',
  );
  return (text) => re.test(text);
}

import type { IndicatorRecord, PlanMeta, TaskRecord } from '../../types.ts';
import { docTitle } from './doc-title.ts';
import { isDamaged, nameVerified, unitAfterName, valueClean } from './trust.ts';
import { valuePhrase } from './value-phrase.ts';
import { quotedPassage } from './verbatim.ts';

type CitedPlan = Pick<PlanMeta, 'title' | 'region' | 'kind' | 'docNumber'>;
export type CitedTarget = Pick<
  IndicatorRecord,
  | 'name'
  | 'indicator'
  | 'year'
  | 'yearly'
  | 'op'
  | 'value'
  | 'unit'
  | 'valueText'
  | 'uncertain'
  | 'repairs'
  | 'quote'
  | 'source'
>;
type CitedTask = Pick<TaskRecord, 'title' | 'lead' | 'partners'>;

const TRAILING_PUNCTUATION = /[。；;，,：:\s]+$/u;

/**
 * 《标题》提出，到2025年孕产妇死亡率控制在10/10万以下。 — only from a name the lexicon
 * recognised and a value read without damage. A value the plan words otherwise (a range, a rank,
 * a trend) is restated as written; anything uncertain is quoted from the source instead, so
 * the sentence never says what the plan does not.
 */
export function targetSentence(plan: CitedPlan, target: CitedTarget): string {
  const unit = unitAfterName(target.name, target.unit);
  if (!nameVerified(target) || !valueClean(target) || unit === undefined) return verbatimSentence(plan, target);
  const when = target.yearly ? '每年' : target.year === null ? '' : `到${target.year}年`;
  const phrase = valuePhrase({ ...target, unit }) ?? asWritten(target.valueText);
  return `${docTitle(plan)}提出，${when}${target.name}${phrase}。`;
}

/** A value the plan words in its own way, after a verb when it starts with a number ("达到2~3家"). */
function asWritten(valueText: string): string {
  const text = valueText.trim();
  return /^\d/u.test(text) ? `达到${text}` : text;
}

/** 《标题》提出：“…”。 — the source's own words; a table row as its cells. */
export function verbatimSentence(plan: CitedPlan, target: Pick<IndicatorRecord, 'quote' | 'source'>): string {
  const lead = target.source === 'table' ? '指标表列出' : '提出';
  return `${docTitle(plan)}${lead}：“${quotedPassage(target.quote, target.source === 'table')}”。`;
}

/** 《标题》提出，加强基层医疗卫生服务，由市卫生健康委牵头，市财政局配合。 */
export function taskSentence(plan: CitedPlan, task: CitedTask): string {
  const parts = [task.title.replace(TRAILING_PUNCTUATION, '')];
  // a redacted or damaged unit name is left to the quote below the sentence
  const lead = task.lead.filter((u) => !isDamaged(u));
  const partners = task.partners.filter((u) => !isDamaged(u));
  if (lead.length > 0 && lead.length === task.lead.length) parts.push(`由${lead.join('、')}牵头`);
  if (partners.length > 0 && partners.length === task.partners.length && parts.length > 1)
    parts.push(`${partners.join('、')}配合`);
  return `${docTitle(plan)}提出，${parts.join('，')}。`;
}

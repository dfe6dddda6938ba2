import type { Quantity } from './quantity.ts';

const CONTINUES = /^(?:以下|以上|和|与|、|左右|，|,|；|;)/u;

/** "%。"/"%o" is a damaged ‰ when the sentence goes on after it or the indicator is a per-mille rate. */
export function readUnit(
  text: string,
  q: Quantity,
  name: string,
  permille: readonly string[],
): { unit: string; repairs: string[] } {
  if (q.unit !== '%。' && q.unit !== '%o') return { unit: q.unit, repairs: [] };
  // "%。" before the end of a sentence is a percent sign and a full stop; "%o" is ambiguous, so
  // the indicator decides
  const goesOn = CONTINUES.test(text.slice(q.end, q.end + 2));
  if (goesOn || (q.unit === '%o' && permille.some((w) => name.includes(w))))
    return { unit: '‰', repairs: [`repair-permille: "${q.unit}" read as ‰`] };
  return { unit: '%', repairs: q.unit === '%o' ? ['repair-full-stop: "%o" read as "%。"'] : [] };
}

/** Start of a change phrase ("下降20%", "比2016年降低30%", "每年降低0.5个百分点"), or null for a level. */
export function relativePhrase(text: string, q: Quantity, from: number, verbs: readonly string[]): number | null {
  const lead = text.slice(from, q.start);
  const verb = verbs.find((v) => lead.endsWith(v) || lead.endsWith(`${v}了`));
  if (!verb) return null;
  // "以2015年为基础", "比上年", "每年": not "以下" inside the name ("18岁以下儿童…")
  const base = /(?:(?:比|较|以)(?=\d{4}年|上年|去年|基期|“?十)|每年|逐年|年均)[^，,；;。]*$/u.exec(lead);
  return from + (base ? base.index : lead.lastIndexOf(verb));
}

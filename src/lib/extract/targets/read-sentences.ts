import type { PlanData } from '../data.ts';
import type { TargetDraft } from './draft.ts';
import { skipReason } from './filters.ts';
import { clauseStart, nameSpan } from './name.ts';
import { readBaseline, type Baseline } from './baseline.ts';
import { nameInContext } from './name-context.ts';
import { opInContext } from './op-context.ts';
import { quantityPattern, readQuantity, type Quantity } from './quantity.ts';
import { targetScope } from './scope.ts';
import { targetYear } from './year.ts';

const SENTENCE_END = /[。！？!?\n]/u;
const CONTINUES = /^(?:以下|以上|和|与|、|左右|，|,|；|;)/u;

/** Targets stated in sentences: one per number with a measure word, filtered and named. */
export function readSentences(data: PlanData, skipped: (q: Quantity, why: string) => void): TargetDraft[] {
  const { view, rules } = data;
  const text = view.text;
  const scope = targetScope(data);
  const period = data.source.meta.period;
  const re = quantityPattern(rules);
  const out: TargetDraft[] = [];
  let baseline: (Baseline & { sentence: number }) | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const q = readQuantity(m);
    if (!scope[q.numberStart]) continue;
    const sentence = sentenceAround(text, q.start);
    const from = readBaseline(text, q, clauseStart(text, q.start, sentence.start));
    if (from) {
      baseline = { ...from, sentence: sentence.start };
      continue;
    }
    const base = baseline?.sentence === sentence.start ? baseline : null;
    baseline = null;
    const why = skipReason(text, q, sentence, rules);
    if (why) {
      skipped(q, why);
      continue;
    }
    const name = nameSpan(text, q.start, q.end, sentence.start, sentence.end, rules);
    const clause = clauseStart(text, q.start, sentence.start);
    const rel = relativePhrase(text, q, clause, rules.relativeVerbs);
    const op = opInContext(text, q, clause, out, sentence.start);
    let nameText = nameInContext(text, name, q.start, out, sentence.start, rules);
    // "儿童伤害死亡率以2015年为基础下降1/4": the base year belongs to the change, not the name
    if (rel !== null && !name.after && rel > name.start && rel < name.end)
      nameText = text.slice(name.start, rel).trim();
    if (base && !name.after && base.nameEnd > name.start && base.nameEnd < name.end)
      nameText = text.slice(name.start, base.nameEnd).trim();
    const unit = readUnit(text, q, nameText, rules.permilleWords);
    const end = q.unit === '%。' && unit.unit === '%' ? q.end - 1 : q.end;

    const valueStart = rel ?? q.start;
    const lost = Number.isNaN(q.value);
    out.push({
      source: 'text',
      name: nameText,
      unit: unit.unit === '' ? null : unit.unit,
      year: targetYear(text, sentence.start, q.start, period),
      op: rel !== null || lost ? null : op,
      value: rel !== null || lost ? null : q.value,
      valueText: text.slice(valueStart, end).trim(),
      baselineYear: base?.year ?? null,
      baselineValue: base?.value ?? null,
      parentValue: null,
      attribute: null,
      category: null,
      start: Math.min(name.start, valueStart, q.start),
      end: name.after ? Math.max(name.end, end) : end,
      repairs: [...q.repairs, ...unit.repairs],
      warnings: [],
    });
  }
  return out;
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  let s = at;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = at;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return { start: s, end: e };
}

/** "%。"/"%o" is a damaged ‰ when the sentence goes on after it or the indicator is a per-mille rate. */
function readUnit(
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
function relativePhrase(text: string, q: Quantity, from: number, verbs: readonly string[]): number | null {
  const lead = text.slice(from, q.start);
  const verb = verbs.find((v) => lead.endsWith(v) || lead.endsWith(`${v}了`));
  if (!verb) return null;
  const base = /(?:比|较|以|每年|逐年|年均)[^，,；;。]*$/u.exec(lead);
  return from + (base ? base.index : lead.length - lead.length + lead.lastIndexOf(verb));
}

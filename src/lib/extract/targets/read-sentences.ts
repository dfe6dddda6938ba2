import type { PlanData } from '../data.ts';
import { readBaseline, type Baseline } from './baseline.ts';
import { distribute } from './distribute.ts';
import type { TargetDraft } from './draft.ts';
import { skipReason } from './filters.ts';
import { TextMarks } from './marks.ts';
import { nameInContext } from './name-context.ts';
import { clauseStart } from './clause.ts';
import { nameSpan } from './name.ts';
import { opInContext } from './op-context.ts';
import { pastReader } from './past.ts';
import { nameByProject } from './project-subject.ts';
import { dateRestatements } from './restated-year.ts';
import { quantityPattern } from './quantity-pattern.ts';
import { readQuantity } from './quantity.ts';
import { targetScope } from './scope.ts';
import { sentenceTarget } from './sentence-target.ts';
import { timeReader } from './time.ts';

/**
 * Targets stated in sentences: one per number with a measure word, filtered and named, dated
 * by their own time phrase. Every step looks at a bounded neighbourhood of its number, so the
 * whole pass is linear in the text (n log n with the sentence lookups).
 */
export function readSentences(
  data: PlanData,
  skipped: (q: { start: number; end: number }, why: string) => void,
  restated: (t: TargetDraft, first: TargetDraft) => void,
): TargetDraft[] {
  const { view, rules } = data;
  const text = view.text;
  const scope = targetScope(data);
  const period = data.source.meta.period;
  const marks = new TextMarks(text);
  const timeOf = timeReader(text, period, rules);
  const pastAt = pastReader(text, marks, period, rules);
  const re = quantityPattern(rules);
  const out: TargetDraft[] = [];
  let baseline: (Baseline & { sentence: number }) | null = null;
  let sentence = { start: -1, end: -1 };
  let row = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const q = readQuantity(m, text);
    if (!q) {
      if (scope[m.index]) skipped({ start: m.index, end: m.index + m[0].length }, 'not a number');
      continue;
    }
    if (!scope[q.numberStart]) continue;
    if (q.start >= sentence.end || q.start < sentence.start) {
      sentence = marks.sentence(q.start);
      // cells separated by TABs are a table's row (read by the table stage), not a sentence
      row = (text.slice(sentence.start, sentence.end).match(/\t/gu)?.length ?? 0) >= 2;
    }
    if (row) {
      skipped(q, 'in a table row');
      continue;
    }
    const clause = clauseStart(text, q.start, sentence.start);
    const from = readBaseline(text, q, clause);
    if (from) {
      baseline = { ...from, sentence: sentence.start };
      continue;
    }
    const base = baseline?.sentence === sentence.start ? baseline : null;
    baseline = null;
    const why = skipReason(text, q, { ...sentence, past: pastAt(sentence, q.start) }, rules);
    if (why) {
      skipped(q, why);
      continue;
    }
    const name = nameSpan(text, q.start, q.end, q.unit, sentence.start, sentence.end, rules);
    const op = opInContext(text, q, clause, out, sentence.start);
    // "每四年公布一次", "进行1次检查": how often a routine recurs; "至少开展1次" sets a minimum
    if (op === '=' && !q.range && rules.timesWords.includes(q.unit)) {
      skipped(q, 'a frequency, not a quantity set');
      continue;
    }
    const nameText = nameInContext(text, name, q.start, out, sentence.start, rules);
    const time = timeOf(sentence, Math.min(clause, name.start), q.start);
    out.push(sentenceTarget(text, { q, name, nameText, op, clause, base, time }, rules));
  }
  const named = nameByProject(text, distribute(text, out, marks, rules), marks, rules);
  return dateRestatements(named, marks, restated);
}

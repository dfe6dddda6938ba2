import type { Rules } from '../rules/types.ts';
import type { TargetDraft } from './draft.ts';
import type { TextMarks } from './marks.ts';
import { clauseStart } from './clause.ts';
import { splitNames, splitPair } from './paired-names.ts';
import { trimLeading } from './name-trim.ts';

const NO_LIST = /[。；;，,：:\n\r！？]/u;
const RESPECTIVELY = /分别(?:达到|为|是|控制在|保持在|提高到|提升到|下降到|降低到|降至|不低于|不少于|不高于|不超过)?$/u;
const JOINED = /^[、和及与\s]{1,3}$/u;

/**
 * "高血压、糖尿病患者血压、血糖控制率分别达到60%、55%以上": a list of values after 分别 is
 * distributed over the list of names before it, one name per value in order; a comparison
 * written once after the last value ("以上") governs them all.
 */
export function distribute(text: string, drafts: TargetDraft[], marks: TextMarks, rules: Rules): TargetDraft[] {
  for (let i = 0; i < drafts.length; i++) {
    const first = drafts[i]!;
    const at = valueStart(first);
    const floor = marks.sentence(at).start;
    const from = trimLeading(text, clauseStart(text, at, floor, NO_LIST), at, rules);
    const lead = text.slice(from, at);
    const verb = RESPECTIVELY.exec(lead);
    if (!verb) continue;
    let k = i + 1;
    while (k < drafts.length && JOINED.test(text.slice(drafts[k - 1]!.end, valueStart(drafts[k]!)))) k++;
    const group = drafts.slice(i, k);
    if (group.length < 2) continue;
    const phrase = lead.slice(0, verb.index).trim();
    // lists that cannot be split with confidence name every value by the whole phrase
    const pair = group.length === 2 ? splitPair(phrase, rules.indicatorHeads) : null;
    const paired = splitNames(phrase, group.length) ?? pair;
    const whole = !paired && /[、和及与]/u.test(phrase);
    const split = paired ?? (whole ? group.map(() => phrase) : null);
    const last = group[group.length - 1]!;
    group.forEach((t, j) => {
      if (split) t.name = split[j]!;
      // the name lists several indicators, only one of which this value is for
      if (whole) t.uncertain = [...(t.uncertain ?? []), 'name-list'];
      // the shared word is known, where the first item's own words end is read, not known
      else if (paired === pair && pair) t.uncertain = [...(t.uncertain ?? []), 'name-split'];
      t.start = Math.min(t.start, from);
      if (t.op === '=' && last.op !== '=' && last.op !== null && !/[以左约不至]/u.test(t.valueText)) t.op = last.op;
    });
    i = k - 1;
  }
  return drafts;
}

const valueStart = (t: TargetDraft) => t.valueAt ?? t.end - t.valueText.length;

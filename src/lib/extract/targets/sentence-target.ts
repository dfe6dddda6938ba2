import type { Op } from '../../types.ts';
import type { Rules } from '../rules/types.ts';
import type { Baseline } from './baseline.ts';
import type { TargetDraft } from './draft.ts';
import type { NameSpan } from './name.ts';
import { names } from './name-trim.ts';
import type { Quantity } from './quantity.ts';
import type { TargetTime } from './time.ts';
import { readUnit, relativePhrase } from './unit-phrase.ts';

interface Found {
  q: Quantity;
  name: NameSpan;
  nameText: string;
  op: Op;
  clause: number;
  base: Baseline | null;
  time: TargetTime;
}

/** The draft of one sentence target, from its number, name, comparison and time. */
export function sentenceTarget(text: string, f: Found, rules: Rules): TargetDraft {
  const { q, name, base } = f;
  const rel = relativePhrase(text, q, f.clause, rules.relativeVerbs);
  let nameText = f.nameText;
  // "儿童伤害死亡率以2015年为基础下降1/4": the base year belongs to the change, not the name
  if (rel !== null && !name.after && rel > name.start && rel < name.end) nameText = text.slice(name.start, rel).trim();
  if (base && !name.after && base.nameEnd > name.start && base.nameEnd < name.end)
    nameText = text.slice(name.start, base.nameEnd).trim();
  const unit = readUnit(text, q, nameText, rules.permilleWords);
  const end = q.unit === '%。' && unit.unit === '%' ? q.end - 1 : q.end;
  const valueStart = rel ?? q.start;
  const lost = Number.isNaN(q.value);
  const warnings: string[] = [];
  const uncertain: string[] = [];
  if (!names(nameText)) {
    warnings.push(`name-missing: no name found for "${text.slice(valueStart, end).trim()}"`);
    uncertain.push('name-missing');
    nameText = '';
  }
  if (name.redacted && !name.after && nameText === '') uncertain.push('redacted');
  if (name.doubt === 'name-basis')
    warnings.push(`name-basis: "${nameText}" is what a figure of a calculation is taken of, not a target's name`);
  if (name.doubt === 'redacted')
    warnings.push(`redacted-name: the words naming the share of "${nameText}" are withheld in the source`);
  if (name.doubt) uncertain.push(name.doubt);
  if (name.stray) {
    warnings.push(`name-stray-separator: "${nameText}" read past the "、" after "${text.slice(q.start, q.end)}"`);
    uncertain.push('name-stray-separator');
  }
  if (f.time.other)
    warnings.push(`year-default: took the plan's end year ${f.time.year}; the sentence also names ${f.time.other}`);
  return {
    source: 'text',
    name: nameText,
    unit: unit.unit === '' ? null : unit.unit,
    year: f.time.year,
    yearly: f.time.yearly,
    yearStated: f.time.stated,
    op: rel !== null || lost ? null : f.op,
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
    warnings,
    uncertain,
    valueAt: valueStart,
  };
}

/** Editable extraction rules (content/lexicon/rules.yaml): words, not code, decide these. */
export interface Rules {
  /** Verbs that open a run-in heading such as "健全健康组织体系。". */
  headingVerbs: string[];
  /** Words a heading title ends with, used to find where a run-together heading stops. */
  headingEndings: string[];
  /** Section kinds by heading keywords; the nearest classified ancestor decides. */
  sections: Record<SectionKind, string[]>;
  /** Lines that are site chrome rather than plan text. */
  boilerplate: string[];
  /** Words naming a table's columns. */
  tableHeaders: { name: string[]; category: string[]; attribute: string[]; baseline: string[]; target: string[] };
  /** Category cells of indicator tables seen in plans. */
  tableCategories: string[];
  /** Measure words that may follow a number in a target. */
  measureWords: string[];
  /** Phrases that mark a figure as past or present rather than a target. */
  pastMarkers: string[];
  /** Verbs after which a number describes existing capacity being used, not a target. */
  existingMarkers: string[];
  /** Indicator words whose values are per-mille, used to read a damaged "%。"/"%o". */
  permilleWords: string[];
  /** Words trimmed from the front of a target's name. */
  nameLeading: string[];
  /** Words trimmed from the end of a target's name. */
  nameTrailing: string[];
  /** Verbs before a count whose counted thing follows the number. */
  countVerbs: string[];
  /** Verbs that make a following number a change rather than a level. */
  relativeVerbs: string[];
  /** Words naming only a scope (全省, 农村 …). */
  scopeWords: string[];
  /** Sentences declaring that the first unit of each list leads. */
  firstLeads: string[];
  /** Time phrases meaning the end of the plan period (到期末, “十四五”末 …). */
  periodEndWords: string[];
  /** Time phrases meaning every year of the plan (每年 …). */
  yearlyWords: string[];
  /** Words that make a sentence speak of the plan's future even after a dated description of the present. */
  futureMarkers: string[];
}

export type SectionKind = 'background' | 'principle' | 'goal' | 'task' | 'safeguard';

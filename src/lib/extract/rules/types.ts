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
  /** Words naming a table's columns, by the role of the column. */
  tableHeaders: TableHeaderWords;
  /** Cells that hold no value ("—", "/"). */
  tableNoValue: string[];
  /** Separators between the labelled fields of a row flattened into one line. */
  tableFieldSeparators: string[];
  /** Category cells of indicator tables seen in plans. */
  tableCategories: string[];
  /** Measure words that may follow a number in a target. */
  measureWords: string[];
  /** Verbs before a number with no measure word that still make it a level to reach ("控制在40以下"). */
  unitlessVerbs: string[];
  /** Words ending the name of a ratio or index, whose target has no measure word ("性别比"). */
  ratioWords: string[];
  /** Words an indicator's name ends in, shared by two names joined once ("婴儿和5岁以下儿童死亡率"). */
  indicatorHeads: string[];
  /** Measure words of a number of times: a bare count of them tells a frequency, not a target. */
  timesWords: string[];
  /** Phrases that mark a figure as past or present rather than a target. */
  pastMarkers: string[];
  /** Verbs after which a number describes existing capacity being used, not a target. */
  existingMarkers: string[];
  /** Indicator words whose values are per-mille, used to read a damaged "%。"/"%o". */
  permilleWords: string[];
  /** Words trimmed from the front of a target's name. */
  nameLeading: string[];
  /** Names beginning with a word of nameLeading that keep it ("基本医保…"). */
  nameLeadingKeep: string[];
  /** Lead-ins making a figure a parameter of a calculation rather than a target. */
  basisLeading: string[];
  /** Words trimmed from the end of a target's name. */
  nameTrailing: string[];
  /** Verbs saying what the subjects of a share do or become ("成为老年友善医疗机构"). */
  sharePredicates: string[];
  /** Copulas after a share's figure: "40%为负压救护车" is the share of 负压救护车. */
  shareCopulas: string[];
  /** Verbs before a count whose counted thing follows the number. */
  countVerbs: string[];
  /** Verbs that make a following number a change rather than a level. */
  relativeVerbs: string[];
  /** Words naming only a scope (全省, 农村 …). */
  scopeWords: string[];
  /** Sentences declaring that the first unit of each list leads. */
  firstLeads: string[];
  /** Words a running header or letterhead line ends with ("…人民政府办公室文件"). */
  pageHeaders: string[];
  /** Chrome of a social-media account around a re-posted plan. */
  socialChrome: {
    /** A line starting with one of these is chrome, whatever its length. */
    lineStarts: string[];
    /** A short line made of these (and separators) is chrome. */
    shortLineWords: string[];
    /** From a line starting with one of these to the end, when no plan sentence follows. */
    footerStarts: string[];
  };
  /** Symbols used as bullets at line start (any emoji is one too). */
  bullets: string[];
  /** A sentence with a position word and a role word ("排在首位的为牵头单位") declares the same. */
  firstLeadWords: { position: string[]; role: string[] };
  /** Words of responsibility clauses. */
  responsibility: ResponsibilityWords;
  /** Header words of a task-assignment table (重点任务分工表). */
  assignmentTable: { task: string[]; lead: string[]; partner: string[]; deadline: string[]; number: string[] };
  /** Time phrases meaning the end of the plan period (到期末, “十四五”末 …). */
  periodEndWords: string[];
  /** Time phrases meaning every year of the plan (每年 …). */
  yearlyWords: string[];
  /** Words that make a sentence speak of the plan's future even after a dated description of the present. */
  futureMarkers: string[];
}

export interface ResponsibilityWords {
  /** Labels before a list of lead units ("牵头单位："). */
  lead: string[];
  /** Labels before a list of other units ("配合单位："). */
  partner: string[];
  /** Labels before a list whose leads the plan may state elsewhere ("责任单位："). */
  responsible: string[];
  /** Words after units that make them leads ("X牵头", "X（牵头）"). */
  leadMarks: string[];
  /** Words after units that make them partners ("A、B配合"). */
  partnerMarks: string[];
  /** Words after units that share the task ("A、B按职责分工负责"): the first named leads. */
  sharedMarks: string[];
  /** Words closing a list that are not part of the last unit ("等部门"). */
  listEnds: string[];
  /** Words opening a marked group that are not part of its first unit ("由X牵头"). */
  groupOpeners: string[];
  /** Remarks inside a clause that name no unit ("下同"). */
  notes: string[];
  /** How unit names end; a line break after one inside a table cell separates two units. */
  unitEndings: string[];
}

export interface TableHeaderWords {
  serial: string[];
  category: string[];
  name: string[];
  unit: string[];
  attribute: string[];
  note: string[];
  baseline: string[];
  target: string[];
  /** Places above the plan's own (全省, 市级 …): a second target column naming one is the higher level's. */
  parent: string[];
}

export type SectionKind = 'background' | 'principle' | 'goal' | 'task' | 'safeguard';

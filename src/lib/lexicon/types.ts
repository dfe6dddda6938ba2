/** Shapes of the canonical lexicon (content/lexicon/*.yaml) as the extraction and the site use it. */

export interface IndicatorEntry {
  /** Stable id, kebab-case ASCII, e.g. `beds-per-1000`. */
  id: string;
  /** Preferred Chinese name. */
  name: string;
  /** Other names plans use for the same indicator. */
  aliases: string[];
  /** Canonical unit, e.g. "%", "‰", "/10万", "张", "人", "岁". */
  unit: string | null;
  /** Whether a higher value is the more ambitious target. */
  better: 'higher' | 'lower';
  /** Category (健康水平, 健康生活, 健康服务, 健康保障, 健康环境, 健康产业, 卫生资源, …). */
  category: string;
  /** Topic ids this indicator belongs to. */
  topics: string[];
  /**
   * 口径: what is counted over what base, in the project's own words. Optional because a site data
   * folder may bundle an older lexicon.json without it; null when not written.
   */
  definition?: string | null;
  /** National standard part or document that sets the indicator ("；" between several); null when unconfirmed. */
  reference?: string | null;
}

export interface DepartmentEntry {
  /** Stable id of the function, e.g. `health`, `finance`, `medical-insurance`. */
  id: string;
  /** Preferred Chinese name of the function (卫生健康, 财政, 医疗保障, …). */
  name: string;
  /** Name cores across eras and levels (卫生健康委, 卫生健康局, 卫生计生委, 卫生局 …), without the 市/县/区 prefix. */
  aliases: string[];
}

export interface TopicEntry {
  id: string;
  name: string;
  /** Words whose presence in a task or indicator puts it under this topic. */
  keywords: string[];
}

export interface Lexicon {
  indicators: IndicatorEntry[];
  departments: DepartmentEntry[];
  topics: TopicEntry[];
  /** Canonical indicator id for a name as written (unit parenthetical already removed), or null. */
  matchIndicator(name: string, unit?: string | null): string | null;
  /** The lexicon entry for an id. */
  indicator(id: string): IndicatorEntry | undefined;
  /** Canonical department id for a unit name as written (e.g. 市卫生计生委 → health), or null. */
  matchDepartment(name: string): string | null;
  /** Topic ids whose keywords occur in the text, in lexicon order. */
  topicsFor(text: string): string[];
  /** Topic ids of a task by what it is about: its title's, then its body's main ones (units' names aside). */
  topicsForTask(title: string, body: string, units: readonly string[]): string[];
}

import type { Report } from '../export/report-types.ts';
import type { IndicatorRecord } from '../types.ts';
import { isDamaged } from './citation/trust.ts';

/** "2025年武汉市目标值(parent 2025)": a column the extraction read as the higher level's target. */
const PARENT_COLUMN = /^(.*)\(parent (\d{4})\)$/u;
/** What a column header says besides the level: the year and the word for a target value. */
const YEAR_PREFIX = /^\s*(?:\d{4}\s*年?)\s*/u;
const TARGET_WORD = /(?:目标值|目标|规划值|预期值|期末值|指标值)\s*$/u;
/** A value written as a bare number, maybe signed: it takes the unit of its row. */
const BARE_NUMBER = /^[≥≤<>＜＞]?\s*\d+(?:\.\d+)?$/u;

/** "2025年武汉市目标值" → 武汉市目标; a header that names nothing else stays as the plan wrote it. */
export function levelOfHeader(header: string): string {
  const level = header.replace(YEAR_PREFIX, '').replace(TARGET_WORD, '').trim();
  return level === '' ? header.trim() : `${level}目标`;
}

/** Per target year, the level each of a plan's tables names in its higher-level column. */
export function parentLevels(report: Pick<Report, 'details'> | null, plan: string): Map<number, string> {
  const out = new Map<number, string>();
  const tables = report?.details?.find((d) => d.plan === plan)?.tables ?? [];
  for (const table of tables) {
    for (const column of table.columns.replace(/^[^:]*:\s*columns\s*/u, '').split('|')) {
      const m = PARENT_COLUMN.exec(column.trim());
      if (m && !out.has(Number(m[2]))) out.set(Number(m[2]), levelOfHeader(m[1]!));
    }
  }
  return out;
}

type ParentOf = Pick<IndicatorRecord, 'parentValue' | 'unit' | 'year'>;

/** The higher level's target with its unit and the level named: "武汉市目标 82.4岁". */
export function parentTarget(t: ParentOf, levels: ReadonlyMap<number, string> = new Map()): string {
  if (t.parentValue === null) return '';
  const value = t.parentValue.trim();
  const unit = t.unit !== null && !isDamaged(t.unit) && BARE_NUMBER.test(value) ? t.unit : '';
  const level = t.year === null ? undefined : levels.get(t.year);
  return `${level ? `${level} ` : ''}${value}${unit}`;
}

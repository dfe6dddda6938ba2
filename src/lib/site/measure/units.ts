/**
 * Units as plans write them, reduced to what they mean. Only notation is unified here (width,
 * spaces, "1/10万" for "/10万", a per-capita suffix that repeats the indicator's own base);
 * no number is ever converted, so a target in another base or unit stays apart.
 */

/** Population bases a per-capita indicator counts per: 每千人口…, 每万人…, 每10万人口… */
export type PerBase = '千' | '万' | '10万';

const BASE_WORD: Record<string, PerBase> = { 千: '千', 万: '万', 十万: '10万', '10万': '10万' };
const NAME_BASE = /每(十万|10万|千|万)/u;
const UNIT_BASE = /^(.+?)\/每?(十万|10万|千|万)(?:常住人口|人口|人)?$/u;
/** Measure words that count the same thing: 名 and 人 both count people. */
const SAME_COUNT: Record<string, string> = { 名: '人', 位: '人' };

/** Full-width forms (％ ／) and stray spaces must not make equal units look different. */
export function normalizeUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const plain = unit.normalize('NFKC').replace(/\s+/gu, '').replace(/^1\//u, '/');
  return plain === '' ? null : plain;
}

/** The base an indicator's name counts per, e.g. 每千人口医疗卫生机构床位数 → 千. */
export function nameBase(name: string): PerBase | null {
  const m = NAME_BASE.exec(name.normalize('NFKC'));
  return m ? BASE_WORD[m[1]!]! : null;
}

/** "张/千人" → count unit 张 per base 千; a rate such as "/10万" has no count part and stays whole. */
export function splitBase(unit: string | null): { unit: string | null; base: PerBase | null } {
  const plain = normalizeUnit(unit);
  const m = plain === null ? null : UNIT_BASE.exec(plain);
  if (!m) return { unit: plain, base: null };
  return { unit: m[1]!, base: BASE_WORD[m[2]!]! };
}

/** The count unit with synonyms folded (名 → 人), for comparing two units. */
export function countUnit(unit: string | null): string | null {
  return unit === null ? null : (SAME_COUNT[unit] ?? unit);
}

/** A unit the source lost or garbled ("1/#", "/#", "#人次") can be compared with nothing. */
export function isDamagedUnit(unit: string | null): boolean {
  return unit !== null && /[#?？□]/u.test(unit);
}

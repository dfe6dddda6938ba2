import type { IndicatorRecord } from '../../types.ts';

export type TrustedFields = Pick<
  IndicatorRecord,
  'name' | 'indicator' | 'uncertain' | 'repairs' | 'valueText' | 'unit'
>;

/**
 * What the extraction writes where the source lost or hid characters: "#" for a lost digit,
 * "(略)" for a redaction, "□"/"?"/U+FFFD for characters that did not survive the copy.
 */
const DAMAGE = /[#＃□■?？�]|略/u;

export const isDamaged = (text: string): boolean => DAMAGE.test(text);

/**
 * A name may be restated when the lexicon recognised it as an indicator and nothing about it
 * is uncertain; a name the lexicon does not know may be a fragment of the sentence.
 */
export function nameVerified(t: TrustedFields): boolean {
  return t.indicator !== null && uncertainOf(t).length === 0 && !isDamaged(t.name);
}

/** An export written before records carried `uncertain` has none: nothing was marked. */
function uncertainOf(t: Pick<TrustedFields, 'uncertain'>): readonly string[] {
  return (t.uncertain as string[] | undefined) ?? [];
}

/** A value may be restated when it was read without a repair and shows no damage. */
export function valueClean(t: TrustedFields): boolean {
  return t.repairs.length === 0 && uncertainOf(t).length === 0 && !isDamaged(t.valueText) && !isDamaged(t.unit ?? '');
}

const UNIT_BASE = /^(.+)\/(千|万)(?:人口?|人)?$/u;
const NAME_BASE = /每(?:[\d.]+)?(千|万)/u;

/**
 * The unit as the sentence writes it after the name: a 每千人口 name already says "per
 * thousand", so 张/千人 reads 张. Null when the name and the unit disagree on the base
 * (每万人口… in 人/千人): one of them is wrong and the sentence must not repeat either.
 */
export function unitAfterName(name: string, unit: string | null): string | null | undefined {
  const u = unit === null ? null : UNIT_BASE.exec(unit);
  const n = NAME_BASE.exec(name);
  if (!u || !n) return unit;
  return u[2] === n[1] ? (u[1] ?? unit) : undefined;
}

import { foldName } from './fold-name.ts';
import { foldBase, nameForms } from './name-forms.ts';
import type { IndicatorEntry } from './types.ts';
import { unitsAgree } from './unit-kind.ts';

// Words around an alias that only say whose figure it is. Anything else (其中:…, 中医, 普惠性,
// 公立二、三级综合医院) may narrow or change the measure, so it blocks the match: filing a
// figure under the wrong indicator misleads a comparison more than leaving it unfiled.
const SCOPE_PREFIX =
  /^(?:全市|全区|全县|全旗|全州|全盟|全省|全国|本市|本区|本县|本旗|我市|我区|我县|我旗|辖区|城乡|居民|登记在册的?)*$/u;
const COUNT_SUFFIX = /^(?:数|数量|量)?$/u;
// Shorter aliases are too easily part of a different measure's name.
const MIN_CONTAINED = 4;

export type IndicatorMatch = (name: string, unit?: string | null) => string | null;

/**
 * Canonical indicator id of a name as written. An exact alias (after folding) wins whatever the
 * unit says, since units in plans are often damaged ("1/#", "%。"). Otherwise the longest alias the
 * name contains with only scope words around it, whose unit kind agrees with the given unit: a
 * "(%)" on a bed count is a growth rate, not the bed count. The name's other forms (base first,
 * implicit 数 or 比例; see nameForms) are tried in turn, each the same way.
 */
export function indicatorMatcher(entries: readonly IndicatorEntry[]): IndicatorMatch {
  const byAlias = new Map<string, IndicatorEntry>();
  for (const e of entries) for (const a of [e.name, ...e.aliases]) byAlias.set(foldName(a), e);
  // The same aliases with their population base in one spelling; the first entry keeps a key.
  for (const [alias, e] of [...byAlias]) if (!byAlias.has(foldBase(alias))) byAlias.set(foldBase(alias), e);
  const longestFirst = [...byAlias.keys()].filter((a) => a.length >= MIN_CONTAINED).sort((a, b) => b.length - a.length);

  const contained = (name: string, unit: string | null): string | null => {
    for (const alias of longestFirst) {
      const at = name.indexOf(alias);
      if (at < 0) continue;
      const entry = byAlias.get(alias);
      if (!entry || !unitsAgree(entry.unit, unit)) continue;
      if (SCOPE_PREFIX.test(name.slice(0, at)) && COUNT_SUFFIX.test(name.slice(at + alias.length))) return entry.id;
    }
    return null;
  };

  return (raw, unit = null) => {
    const name = foldName(raw);
    if (!name) return null;
    const exact = byAlias.get(name);
    if (exact) return exact.id;
    for (const form of nameForms(name, unit)) {
      const id = byAlias.get(form)?.id ?? contained(form, unit);
      if (id) return id;
    }
    return null;
  };
}

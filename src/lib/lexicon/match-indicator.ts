import type { IndicatorEntry } from './types.ts';
import { foldName } from './fold-name.ts';

/**
 * Canonical indicator of a name as written. Exact alias match only, after folding, and after
 * removing a leading scope word ("全市", "全区"): a looser match would file 普惠性托位 under 托位
 * or 孕产妇死亡率 under 婴儿死亡率, and a wrong comparison is worse than none.
 */
export function indicatorMatcher(entries: readonly IndicatorEntry[]): (name: string, unit?: string | null) => string | null {
  const byAlias = new Map<string, string>();
  for (const e of entries) for (const a of [e.name, ...e.aliases]) byAlias.set(foldName(a), e.id);
  return (raw) => {
    const name = foldName(raw);
    return byAlias.get(name) ?? byAlias.get(name.replace(/^(?:全市|全区|全县|全省|全州|全旗)/u, '')) ?? null;
  };
}

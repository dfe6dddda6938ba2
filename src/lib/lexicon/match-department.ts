import type { DepartmentEntry } from './types.ts';
import { foldName } from './fold-name.ts';

const PREFIX = /^(?:[\u4e00-\u9fff]{0,6}?(?:自治区|省|市|州|盟|县|区|旗))(?=.{2,})/u;

/**
 * Department function of a unit name as written: exact alias first ("团市委", "各乡镇(街道)"),
 * then the name without its place prefix ("市卫生计生委" → 卫生计生委, "县委宣传部" → 委宣传部),
 * then an alias the name ends with ("国家税务总局开远市税务局" → 税务局). Redacted names match nothing.
 */
export function departmentMatcher(entries: readonly DepartmentEntry[]): (name: string) => string | null {
  const byAlias = new Map<string, string>();
  for (const e of entries) for (const a of [e.name, ...e.aliases]) byAlias.set(foldName(a), e.id);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  return (raw) => {
    if (raw.includes('略')) return null;
    const name = foldName(raw).replace(/\([^()]*\)$/u, '');
    const exact = byAlias.get(foldName(raw)) ?? byAlias.get(name);
    if (exact) return exact;
    const core = name.replace(PREFIX, '');
    const direct = byAlias.get(core);
    if (direct) return direct;
    const tail = aliases.find((a) => a.length >= 2 && core.endsWith(a));
    return tail ? byAlias.get(tail)! : null;
  };
}

import { foldText } from './fold-name.ts';
import type { DepartmentEntry } from './types.ts';

// "(略)" anywhere means part of the name is gone; guessing the rest would invent a department.
const REDACTED = /\(略\)|^略$/u;
const TRAILING_PUNCTUATION = /[。.,;、:]+$/u;
// A note after the name: 市委宣传部(市文明办).
const TRAILING_NOTE = /\([^()]*\)$/u;
// A local branch of a higher bureau: 州生态环境局开远分局 is the 生态环境局's.
const BRANCH = /^(.+?局)\p{Script=Han}{1,8}分局$/u;
// What may stand before a function's name core: a place, its party committee or its government,
// written short (市, 县委, 市政府) or in full (中共开远市委, 国家税务总局开远市) …
const ADMIN_PREFIX =
  /^\p{Script=Han}{0,12}?(?:自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗|乡|镇)(?:党委|委|人民政府|政府)?$/u;
// … or a bare place name (湘潭日报社, 开远融媒体中心).
const PLACE_NAME = /^\p{Script=Han}{1,4}$/u;

function isPrefix(text: string): boolean {
  return text === '' || ADMIN_PREFIX.test(text) || PLACE_NAME.test(text);
}

export type DepartmentMatch = (name: string) => string | null;

/**
 * Department function of a unit name as written: an alias equal to the name ("团市委",
 * "各乡镇(街道)"), else the longest alias the name ends with after a place prefix ("市卫生计生委",
 * "县卫生健康局", "中共开远市委办公室", "国家税务总局开远市税务局"), trying the name without a
 * trailing note or branch-office suffix next. Redacted and unknown names give null.
 */
export function departmentMatcher(entries: readonly DepartmentEntry[]): DepartmentMatch {
  const byAlias = new Map<string, string>();
  for (const e of entries) for (const a of e.aliases) byAlias.set(foldText(a), e.id);
  const longestFirst = [...byAlias.keys()].sort((a, b) => b.length - a.length);

  const matchCore = (name: string): string | null => {
    const exact = byAlias.get(name);
    if (exact) return exact;
    const alias = longestFirst.find((a) => name.endsWith(a) && isPrefix(name.slice(0, -a.length)));
    return alias === undefined ? null : (byAlias.get(alias) ?? null);
  };

  return (raw) => {
    const name = foldText(raw).replace(TRAILING_PUNCTUATION, '');
    if (!name || REDACTED.test(name)) return null;
    const forms = [name, name.replace(TRAILING_NOTE, ''), name.replace(BRANCH, '$1')];
    for (const form of new Set(forms)) {
      const id = form ? matchCore(form) : null;
      if (id) return id;
    }
    return null;
  };
}

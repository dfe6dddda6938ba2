import { unitKind } from './unit-kind.ts';

// The population base of a per-capita name, however it is written: 每千人, 每千常住人口, 每十万人口.
// 常住 and 户籍 are folded together for matching only: the record keeps its name as written, and
// the comparison on the indicator page says when a target counts per registered (户籍) residents.
const BASE = /每(千|万|十万|10万)(?:常住|户籍)?(?:人口|人)(?![员次群])/gu;
// A base written after the measured thing ("婴幼儿托位数达到每千人口", "人员按照每万人口") or
// before the verb of a staffing norm ("每万人口比例配备卫生监督员").
// A 服务人口 base (people a clinic serves) moves too but stays its own base.
const BASE_AFTER = /^(.+?)(?:达到|按照|按|为|以)?(每(?:千|万|10万)(?:服务)?人口)(?:比例配备|配备|拥有)?(.*)$/u;
const BASE_FIRST = /^(每(?:千|万|10万)(?:服务)?人口)(?:比例配备|配备|拥有)(.+)$/u;
const COUNT_END = /(?:数|数量|量)$/u;
const SHARE_END = /(?:率|比|比例|占比|比重)$/u;
// A share written as "A占B" or "开设…的医院" names its thing, not the share: 比例 completes it.
const SHARE_SUFFIXES = ['比例', '的比例', '占比'];

/** Base words folded to one spelling (每千人口, 每万人口, 每10万人口), for matching keys. */
export function foldBase(name: string): string {
  return name.replace(BASE, (_, n: string) => `每${n === '十万' ? '10万' : n}人口`);
}

function baseFirst(name: string): string {
  const lead = BASE_FIRST.exec(name);
  if (lead) return lead[1]! + lead[2]!;
  const m = BASE_AFTER.exec(name);
  return m && m[1] ? m[2]! + m[1] + m[3]! : name;
}

/**
 * The forms of a folded name to look up, the name itself first: the per-capita base moved to the
 * front, and the measure word a name leaves implicit (数 after a count per head, 比例 after a
 * share's subject). Each form is checked against the aliases as strictly as the name itself.
 */
export function nameForms(folded: string, unit: string | null): string[] {
  const base = foldBase(folded);
  const stems = [...new Set([folded, base, baseFirst(base)])];
  const kind = unitKind(unit);
  const forms = [...stems];
  for (const stem of stems) {
    if (/^每/u.test(stem) && !COUNT_END.test(stem) && kind !== 'share') forms.push(`${stem}数`);
    if (kind === 'share' && !SHARE_END.test(stem)) forms.push(...SHARE_SUFFIXES.map((s) => stem + s));
  }
  return [...new Set(forms)];
}

import type { Rules } from '../rules/types.ts';

/**
 * Whether a sentence declares that the first unit of each list leads: one of the plan's phrases
 * (firstLeads), or a position word followed by a role word ("所列单位中排在首位的是牵头部门").
 */
export function declaresFirstLeads(text: string, rules: Rules): boolean {
  // a line broken at the page width may fall inside the phrase
  const sentence = text.replace(/\s+/gu, '');
  if (rules.firstLeads.some((w) => sentence.includes(w))) return true;
  const { position, role } = rules.firstLeadWords;
  for (const p of position) {
    const at = sentence.indexOf(p);
    if (at >= 0 && role.some((r) => sentence.indexOf(r, at + p.length) >= 0)) return true;
  }
  return false;
}

/** Whether any sentence of the plan declares it. */
export function planDeclaresFirstLeads(text: string, rules: Rules): boolean {
  return text.split(/[。；;！!]|\n\s*\n/u).some((s) => declaresFirstLeads(s, rules));
}

/** A remark inside a clause that names no unit: "下同", or the first-leads declaration itself. */
export function noteTest(rules: Rules): (item: string) => boolean {
  return (item) =>
    rules.responsibility.notes.some((n) => item === n || item.endsWith(`，${n}`) || item.endsWith(`,${n}`)) ||
    declaresFirstLeads(item, rules);
}

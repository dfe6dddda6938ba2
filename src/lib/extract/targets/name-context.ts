import type { Rules } from '../rules/types.ts';
import type { TargetDraft } from './draft.ts';
import type { NameSpan } from './name.ts';
import { partOfClause } from './name-part-of.ts';
import { LOOK_BACK } from './window.ts';

const CJK = /[\u4e00-\u9fff]/gu;
const cjk = (s: string) => s.match(CJK)?.length ?? 0;

/**
 * A name read from its own clause may only make sense beside the target before it in the same
 * sentence:
 * - a bare connective names nothing new: "婴儿和5岁以下儿童死亡率分别控制在6‰和7.5‰以下";
 * - a short scope word qualifies the name before it: "全州…排名前3名,全省前20名";
 * - a breakdown in parentheses names who shares the total: "专家工作站10个(市人民医院6个,…)";
 * - a parallel clause names only what differs: "临床医生90%以上达到大专以上学历,60%达到本科…",
 *   "…基本标准的比例达到90%以上，其中达到推荐标准的不低于30%".
 */
export function nameInContext(
  text: string,
  name: NameSpan,
  qStart: number,
  before: readonly TargetDraft[],
  sentenceStart: number,
  rules: Rules,
): string {
  const previous = before[before.length - 1];
  if (name.redacted) return name.text;
  if (!previous || previous.end < sentenceStart) return partOfClause(text, name, sentenceStart, rules) ?? name.text;
  if (cjk(name.text) < 2) return previous.name;
  // "全州…排名前3名,全省前20名": a short scope word only qualifies the name before it
  if (rules.scopeWords.includes(name.text) && !name.after && !/[(（]/u.test(text.slice(previous.end, qStart)))
    return `${previous.name}（${name.text}）`;
  for (let i = before.length - 1; i >= Math.max(0, before.length - LOOK_BACK) && before[i]!.end >= sentenceStart; i--) {
    const total = before[i]!;
    if (!name.after && /^[(（][^()（）]*$/u.test(text.slice(total.end, qStart))) return `${name.text}${total.name}`;
  }
  // "…基本标准的比例达到90%以上，其中达到推荐标准的…": 其中 makes a verb-led name a part of the one before
  const partOf = !name.after && text.slice(Math.max(0, name.start - 2), name.start) === '其中';
  const verb = rules.nameTrailing.find((w) => (name.after || partOf) && name.text.startsWith(w) && w.length >= 2);
  if (verb && !/\d/u.test(text.slice(previous.end, qStart))) {
    const split = previous.name.split(
      new RegExp(`(?:${rules.nameTrailing.filter((w) => w.length >= 2).join('|')})`, 'u'),
    )[0];
    // a name read around its figure ("临床医生90%以上达到大专以上学历") has its subject before the figure
    const at = previous.valueAt ?? previous.start;
    const around = split === previous.name && previous.start < at;
    const subject = around ? text.slice(previous.start, at).trim() : (split ?? previous.name);
    // a verb saying what the part reaches stays: "…中心达到推荐标准" is the share that reaches it
    const kept = rules.sharePredicates.includes(verb) ? name.text : name.text.slice(verb.length);
    return `${subject}${kept}`;
  }
  return name.text;
}

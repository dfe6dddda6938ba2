import type { Rules } from '../rules/types.ts';
import type { NameSpan } from './name.ts';
import { clauseStart } from './clause.ts';
import { trimLeading, trimTrailing } from './name-trim.ts';

const CJK = /[\u4e00-\u9fff]/gu;
const cjk = (s: string) => s.match(CJK)?.length ?? 0;

/**
 * "所有乡镇卫生院及社区卫生服务中心至少达到国家基本标准,其中10%达到国家推荐标准": a figure after
 * 其中 that only says what a part reaches is a share of the subject of the clause before, even when
 * that clause states no figure. Null where the name is no verb phrase or no subject is written.
 */
export function partOfClause(text: string, name: NameSpan, sentenceStart: number, rules: Rules): string | null {
  if (!name.after) return null;
  const verbs = rules.nameTrailing.filter((w) => w.length >= 2);
  if (!verbs.some((v) => name.text.startsWith(v))) return null;
  const among = text.lastIndexOf('其中', name.start);
  if (among < sentenceStart) return null;
  const clause = text.slice(sentenceStart, among);
  const verbAt = Math.min(...verbs.map((v) => clause.indexOf(v)).filter((i) => i > 0));
  if (!Number.isFinite(verbAt)) return null;
  const end = sentenceStart + verbAt;
  const from = trimLeading(text, clauseStart(text, end, sentenceStart), end, rules);
  const subject = text.slice(from, trimTrailing(text, from, end, rules)).trim();
  if (cjk(subject) < 2 || /[\d０-９，,；;。]/u.test(subject)) return null;
  return `${subject}${name.text}`;
}
